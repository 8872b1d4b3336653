"""The list of content kinds: the word after ``kind:`` -> where its schema lives.

A module that adds a kind of content adds one line here. A schema is
imported only when a file of its kind is read, so a page that shows the
diagnostic does not build the schemas of every other exercise.

>>> "quiz" in KINDS and schema_for("sectors").__name__
'SectorsFile'
>>> schema_for("secteurs") is None
True
"""

from __future__ import annotations

from importlib import import_module

KINDS = {
    "sectors": ("kit.content.registry", "SectorsFile"),
    "situation": ("kit.content.registry", "SituationFile"),
    "modules": ("kit.content.registry", "ModulesFile"),
    "facilitation": ("kit.content.registry", "FacilitationFile"),
    "diagnostic": ("kit.content.diagnostic", "DiagnosticFile"),
    "quiz": ("kit.content.exercises", "QuizFile"),
    "checklist": ("kit.content.exercises", "ChecklistFile"),
    "chooser": ("kit.content.exercises", "ChooserFile"),
    "platform_roles": ("kit.content.exercises", "PlatformRolesFile"),
    "sorting": ("kit.content.exercises", "SortingFile"),
    "self_check": ("kit.content.exercises", "SelfCheckFile"),
    "time_budget": ("kit.content.planning", "TimeBudgetFile"),
    "idea_prompts": ("kit.content.planning", "IdeaPromptsFile"),
    "strategy": ("kit.content.planning", "StrategyFile"),
    "rubric": ("kit.content.writing", "RubricFile"),
    "writing_starters": ("kit.content.writing", "StartersFile"),
    "platforms": ("kit.content.platforms", "PlatformsFile"),
    "session_formats": ("kit.content.trainer", "SessionFormatsFile"),
    "objectives": ("kit.content.objectives", "ObjectivesFile"),
    "survey": ("kit.content.survey", "SurveyFile"),
    "session": ("kit.content.session", "SessionFile"),
}

# Kinds of which exactly one file exists (the others may have one file per module).
SINGLE_FILE_KINDS = {"sectors", "situation", "modules", "diagnostic", "platforms", "session_formats", "objectives"}


def schema_for(kind: str):
    """The pydantic schema of ``kind`` (imported on first use), or None for an unknown kind."""
    where = KINDS.get(kind)
    if where is None:
        return None
    module, name = where
    return getattr(import_module(module), name)
