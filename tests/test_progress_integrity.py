"""The kit never writes a progress file it would refuse to read back.

Every save checks the whole document (its schema, and that every id it adds is declared by the
content) before the atomic write. A change that would give an unreadable file is refused where it
is made, with a message, and the file on disk stays as it was. Ids the content no longer declares
(a trainer removed a module or a card) stay readable and are kept as they are.
"""

from __future__ import annotations

import json
import string

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kit.content.library import exercise, load, load_all
from kit.core.clock import now
from kit.progress.errors import ChangeRefused
from kit.progress.model import Idea, Visit, new_progress
from kit.progress.store import ProgressStore, parse_progress, progress_bytes


def _store(tmp_path) -> ProgressStore:
    store = ProgressStore.open(tmp_path / "progression.json")
    store.save()
    return store


def test_a_visit_to_an_undeclared_module_is_refused_and_the_file_is_untouched(tmp_path):
    store = _store(tmp_path)
    before = store.path.read_bytes()
    with pytest.raises(ChangeRefused) as refused:
        store.record_visit("09")
    assert "visits.09" in refused.value.message("fr") and "n’a pas été enregistré" in refused.value.message("fr")
    assert store.path.read_bytes() == before
    assert "09" not in store.progress.visits, "the refused change is undone in memory too"


def test_a_card_put_on_a_pile_its_sorting_does_not_have_is_refused(tmp_path):
    store = _store(tmp_path)
    sorting = exercise("sorting", "tri_infos")
    store.progress.sortings[sorting.id] = {sorting.cards[0].id: "poubelle"}
    with pytest.raises(ChangeRefused) as refused:
        store.save()
    assert f"sortings.{sorting.id}.{sorting.cards[0].id}=poubelle" in refused.value.message("en")
    assert parse_progress(store.path.read_bytes()).sortings == {}


def test_a_field_over_its_limit_is_refused_even_when_changed_in_place(tmp_path):
    store = _store(tmp_path)
    store.progress.plan.platforms["facebook"] = "x" * 301  # a dict changed in place escapes the model's own check
    with pytest.raises(ChangeRefused) as refused:
        store.save()
    assert "plan.platforms.facebook" in refused.value.message("fr")
    assert parse_progress(store.path.read_bytes()).plan.platforms == {}


def test_ids_the_content_no_longer_declares_stay_readable_and_are_kept(tmp_path):
    """A trainer removed module 09 and a card: the participant's file opens, and keeps them."""
    old = new_progress()
    old.visits["09"] = Visit(first_seen=now(), last_seen=now())
    sorting = exercise("sorting", "tri_infos")
    old.sortings[sorting.id] = {"carte_retiree": "partager"}
    path = tmp_path / "progression.json"
    path.write_bytes(progress_bytes(old))
    store = ProgressStore.open(path)
    assert store.notice is None
    store.progress.sortings[sorting.id][sorting.cards[0].id] = sorting.cards[0].suggested
    store.record_visit("01")
    kept = json.loads(path.read_text(encoding="utf-8"))
    assert "09" in kept["visits"] and "01" in kept["visits"]
    assert kept["sortings"][sorting.id] == {"carte_retiree": "partager", sorting.cards[0].id: sorting.cards[0].suggested}


def test_the_store_is_addressed_by_participant(tmp_path):
    sophie = ProgressStore.open(folder=tmp_path, participant="sophie-4f2a")
    karim = ProgressStore.open(folder=tmp_path, participant="karim-9b1c")
    sophie.progress.profile.display_name = "Sophie"
    sophie.save()
    karim.save()
    assert sophie.path != karim.path and sophie.path.parent == karim.path.parent == tmp_path
    assert ProgressStore.open(folder=tmp_path, participant="sophie-4f2a").progress.profile.display_name == "Sophie"
    assert ProgressStore.open(folder=tmp_path, participant="karim-9b1c").progress.profile.display_name is None
    with pytest.raises(ValueError):
        ProgressStore.open(folder=tmp_path, participant="../../etc/passwd")


# --- any sequence of public operations saves files that reopen identical ---------------------

_MODULES = [m.id for m in load("modules").modules]
_STATEMENTS = [s.id for b in load("diagnostic").barriers for s in b.statements]
_SORTING = exercise("sorting", "tri_infos")
_PILES = [p.id for p in _SORTING.piles]

operation = st.one_of(
    st.tuples(st.just("visit"), st.sampled_from(_MODULES + ["09", "99"])),
    st.tuples(st.just("answer"), st.sampled_from(_STATEMENTS), st.integers(min_value=1, max_value=7)),
    st.tuples(st.just("sort"), st.sampled_from([c.id for c in _SORTING.cards]), st.sampled_from(_PILES + ["poubelle"])),
    st.tuples(st.just("name"), st.text(alphabet=string.ascii_letters + "éè ’-", max_size=90)),
    st.tuples(st.just("idea"), st.text(min_size=1, max_size=650)),
    st.tuples(st.just("reopen")),
)


def _apply(store: ProgressStore, step) -> ProgressStore:
    kind = step[0]
    if kind == "visit":
        store.record_visit(step[1])
        return store
    if kind == "answer":
        from kit.progress.model import Assessment

        if not store.progress.diagnostic.assessments:
            store.progress.diagnostic.assessments.append(Assessment(started=now()))
        store.progress.diagnostic.assessments[-1].answers[step[1]] = step[2]
    elif kind == "sort":
        store.progress.sortings.setdefault(_SORTING.id, {})[step[1]] = step[2]
    elif kind == "name":
        store.progress.profile.display_name = step[1] or None
    elif kind == "idea":  # appended without the model's own check: text over 600 characters is possible
        pillar = load_all("idea_prompts")[0].pillars[0]
        store.progress.ideas.append(Idea.model_construct(id=f"{len(store.progress.ideas):012x}", text=step[1], pillar=pillar.id,
                                                         level=pillar.level, prompt=None, created=now()))
    elif kind == "reopen":
        return ProgressStore.open(store.path)
    store.save()
    return store


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(operation, min_size=1, max_size=12))
def test_any_sequence_of_operations_saves_files_that_reopen_identical(tmp_path, steps):
    path = tmp_path / "sequence.json"
    path.unlink(missing_ok=True)
    store = ProgressStore.open(path)
    store.save()
    for step in steps:
        try:
            store = _apply(store, step)
        except (ChangeRefused, ValueError):
            pass  # refused where it was made: the file on disk is still the last good one
        reopened = ProgressStore.open(path)
        assert reopened.notice is None, "the kit wrote a file it refuses to read back"
        assert reopened.progress == parse_progress(path.read_bytes())
        assert reopened.progress == store.progress, "what is in memory is what the file holds"
