"""The list of content kinds: the word after ``kind:`` -> its schema.

A module that adds a kind of content adds one line here.

>>> "quiz" in KINDS and KINDS["sectors"].__name__
'SectorsFile'
"""

from kit.content.diagnostic import DiagnosticFile
from kit.content.planning import IdeaPromptsFile, StrategyFile, TimeBudgetFile
from kit.content.exercises import ChecklistFile, ChooserFile, PlatformRolesFile, QuizFile, SelfCheckFile, SortingFile
from kit.content.platforms import PlatformsFile
from kit.content.writing import RubricFile, StartersFile
from kit.content.registry import FacilitationFile, ModulesFile, SectorsFile
from kit.content.trainer import SessionFormatsFile
from kit.content.objectives import ObjectivesFile
from kit.content.session import SessionFile
from kit.content.survey import SurveyFile

KINDS = {
    "sectors": SectorsFile,
    "modules": ModulesFile,
    "facilitation": FacilitationFile,
    "diagnostic": DiagnosticFile,
    "quiz": QuizFile,
    "checklist": ChecklistFile,
    "chooser": ChooserFile,
    "platform_roles": PlatformRolesFile,
    "sorting": SortingFile,
    "self_check": SelfCheckFile,
    "time_budget": TimeBudgetFile,
    "idea_prompts": IdeaPromptsFile,
    "strategy": StrategyFile,
    "rubric": RubricFile,
    "writing_starters": StartersFile,
    "platforms": PlatformsFile,
    "session_formats": SessionFormatsFile,
    "objectives": ObjectivesFile,
    "survey": SurveyFile,
    "session": SessionFile,
}

# Kinds of which exactly one file exists (the others may have one file per module).
SINGLE_FILE_KINDS = {"sectors", "modules", "diagnostic", "platforms", "session_formats", "objectives"}
