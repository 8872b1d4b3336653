"""The Qualiopi evidence pack of a session: every document in one ZIP, with an index (HTML and CSV).

The index maps each document to the RNQ indicator it helps evidence
(8 positioning, 11 objectives reached, 30 appreciations). Progress files are
read as for the cohort report (:func:`kit.cohort.files.collect`): the newest
file of a participant wins, unusable files are set aside with a reason.
The kit helps produce evidence; it never certifies anything.
"""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from kit.core.documents import render
from kit.core.languages import t

INDICATORS = {"attendance": "11", "certificate": "11", "summary": "8 ; 11 ; 30"}


@dataclass
class PackEntry:
    """One document of the pack."""

    file: str
    kind: str  # attendance, certificate, summary
    indicator: str
    label: str  # what it is, in the pack's language
    who: str = ""  # trainer side: the participant's name and code (certificates)


@dataclass
class Pack:
    entries: list[PackEntry] = field(default_factory=list)
    documents: dict[str, bytes] = field(default_factory=dict)
    files: object = None  # kit.cohort.files.CohortFiles
    participants: list = field(default_factory=list)


def read_participants(paths: list[Path], lang: str = "fr", content=None):
    """``(CohortFiles, [Participant])``: newest file per participant, each evaluated with the rules."""
    from kit.cohort.files import collect
    from kit.evidence.evaluation import evaluation_content, positioning
    from kit.exports.evidence_documents import Participant
    from kit.progress.errors import ProgressError
    from kit.progress.store import parse_progress

    content = content or evaluation_content()
    files = collect(paths, lang)
    people = []
    for summary in list(files.kept):
        try:
            progress = parse_progress(Path(summary.path).read_bytes())
        except (ProgressError, OSError) as err:  # changed since it was read: set it aside too
            files.kept.remove(summary)
            files.set_aside.append((summary.path, err.message(lang) if isinstance(err, ProgressError) else str(err)))
            continue
        people.append(Participant(summary.code, summary.name, summary.path, progress, [], positioning(progress, content)))
    return files, people


def build_pack(session, paths: list[Path], lang: str = "fr", generated: datetime | None = None, content=None) -> Pack:
    """Every document of the session, in memory (see :func:`write_pack`)."""
    from kit.evidence.evaluation import evaluate, evaluation_content
    from kit.exports.evidence_documents import (
        attendance_pdf,
        certificate_pdf,
        half_day_label,
    )
    from kit.exports.evidence_summary import summary_pdf

    content = content or evaluation_content()
    generated = generated or datetime.now().astimezone()
    files, people = read_participants(paths, lang, content)
    modules = set(session.modules) or None
    for person in people:
        person.results = evaluate(person.progress, content, modules)
    pack = Pack(files=files, participants=people)

    def add(name: str, kind: str, data: bytes, label: str, who: str = "") -> None:
        pack.documents[name] = data
        pack.entries.append(PackEntry(name, kind, INDICATORS[kind], label, who))

    from kit.content.library import load_all

    surveys = sorted(load_all("survey"), key=lambda s: s.moment != "chaud")
    add("synthese-session.pdf", "summary", summary_pdf(session, people, files, content.objectives, surveys, content.diagnostic, lang, generated), t("evidence.summary_title", lang))
    for number, half_day in enumerate(session.ordered_half_days(), start=1):
        moment = "matin" if half_day.morning else "apres-midi"
        name = f"emargement/emargement-{number:02d}-{half_day.date.isoformat()}-{moment}.pdf"
        add(name, "attendance", attendance_pdf(session, half_day, number, people, lang, generated), f"{t('evidence.attendance_title', lang)} — {half_day_label(half_day, number, lang)}")
    for person in people:
        add(f"attestations/attestation-{person.code}.pdf", "certificate", certificate_pdf(session, person, content.objectives, lang, generated),
            t("evidence.certificate_title", lang), f"{person.shown_name} ({person.code})" if person.shown_name else person.code)
    return pack


def index_csv(pack: Pack, lang: str = "fr") -> str:
    """One line per document: file, RNQ indicator, document, participant."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([t("evidence.col_file", lang), t("evidence.col_indicator", lang), t("evidence.col_document", lang), t("evidence.col_participant", lang)])
    for entry in pack.entries:
        writer.writerow([_csv_safe(entry.file), _csv_safe(entry.indicator), _csv_safe(entry.label), _csv_safe(entry.who)])
    return out.getvalue()


def _csv_safe(value: str) -> str:
    """A spreadsheet must not read participant text as a formula (=, +, -, @ first)."""
    from kit.exports.pdf import clean

    value = clean(value, 600)
    return "'" + value if value[:1] in ("=", "+", "-", "@") else value


def index_html(session, pack: Pack, lang: str = "fr", generated: datetime | None = None) -> str:
    """The index page: the session, each document with its indicator, files set aside, the disclaimer."""
    from markupsafe import Markup

    return render(
        "evidence_index.html.j2", lang, title=t("evidence.index_title", lang), session=session, indicators=("8", "11", "30"),
        entries=pack.entries, link=lambda name: Markup('<a href="{0}">{0}</a>').format(name),
        superseded=pack.files.superseded, set_aside=pack.files.set_aside,
        generated=generated or datetime.now().astimezone(),
    )


def write_pack(session, pack: Pack, out: Path, lang: str = "fr", generated: datetime | None = None) -> Path:
    """Write the ZIP: the documents, ``index.html`` and ``index.csv`` (atomic, owner-only)."""
    from kit.core.files import atomic_write

    generated = generated or datetime.now().astimezone()
    stamp = generated.timetuple()[:6]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        members = {"index.html": index_html(session, pack, lang, generated).encode("utf-8"), "index.csv": index_csv(pack, lang).encode("utf-8-sig"), **pack.documents}
        for name, data in members.items():
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.external_attr = 0o600 << 16  # trainer-side documents with names: owner-only once unpacked
            archive.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED)
    return atomic_write(Path(out), [buffer.getvalue()])
