"""Human-readable output: the `--format table` summary and the progress bar."""
from __future__ import annotations

import sys
from contextlib import contextmanager
from collections.abc import Iterator
from typing import TextIO

from .models import Extraction


def _clip(text: str | None, width: int) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[: width - 1] + "…"


class TableWriter:
    """Who claims what, where, when: one block per article."""

    def __init__(self, out: TextIO) -> None:
        self.out = out

    def write(self, result: Extraction) -> None:
        w = self.out.write
        if result.error:
            w(f"== {result.id}: ERROR {result.error.code} {result.error.message}\n\n")
            return
        art = result.article
        w(f"== {result.id}  ({art.outlet or 'unknown outlet'}, {art.published or 'undated'})\n")
        w(f"   {len(result.places)} places, {len(result.times)} times, {len(result.attributions)} "
          f"attributions, {len(result.figures)} figures, {len(result.events)} events\n")
        if result.events:
            w("   EVENTS\n")
            for ev in result.events:
                place = result.places[ev.place] if ev.place is not None else None
                where = f"{place.name or place.text} ({place.country})" if place else "-"
                when = f"{ev.date.start}..{ev.date.end}" if ev.date else "-"
                w(f"   - {ev.event_type} / {ev.sub_event_type or '-'} | {when} | {where} | "
                  f"{ev.actor1 or '-'} vs {ev.actor2 or '-'} | fatalities {ev.fatalities if ev.fatalities is not None else '-'}\n")
        if result.figures:
            w("   CLAIMS (who claims what number)\n")
            for fig in result.figures:
                claimant = "(outlet)"
                if fig.attribution is not None:
                    att = result.attributions[fig.attribution]
                    claimant = att.claimant.name if att.claimant else (att.source.text if att.source else "?")
                number = fig.value if fig.value is not None else f"{fig.low}..{fig.high or ''}"
                w(f"   - {_clip(claimant, 28):28} {str(number):>7} {_clip(fig.unit, 12):12} {fig.role:12} "
                  f"{fig.verification:10} \"{_clip(fig.text, 40)}\"\n")
        others = [a for a in result.attributions if a.claimant or a.source]
        if others:
            w("   ATTRIBUTIONS\n")
            for att in others:
                name = att.claimant.name if att.claimant else att.source.text
                cue = att.cue.text if att.cue else "-"
                via = f" via {att.channel}" if att.channel else ""
                w(f"   - {_clip(name, 28)} {cue}{via}: \"{_clip(att.content.text, 70)}\" [{att.verification}]\n")
        w("\n")

    def close(self) -> None:
        self.out.flush()


class _NoBar:
    def update(self, n: int = 1) -> None:
        pass


@contextmanager
def progress(*, disable: bool = False) -> Iterator[object]:
    """A tqdm bar on stderr, shown only when stderr is a terminal."""
    if disable or not sys.stderr.isatty():
        yield _NoBar()
        return
    from tqdm import tqdm

    with tqdm(unit=" articles", file=sys.stderr, dynamic_ncols=True) as bar:
        yield bar
