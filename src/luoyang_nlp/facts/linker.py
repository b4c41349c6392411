"""Figure facts: for each figure, the measure it names (``measures.py``), its owner
(``subjects.py``), date and stage (``core.py``); person facts (``people.py``)."""

from __future__ import annotations

from .cues import _PROJECT_METRIC, _RATE_OR_HEADCOUNT
from .measures import MeasureRules
from .people import person_facts

__all__ = ["Linker"]

_PROGRESS = ("完成", "完工", "进度")  # a percentage's metric ending so is a share of the work done
_BUILDING = "在建"


class Linker(MeasureRules):
    """One document's facts: figure facts, then person facts."""

    # -- all --
    def facts(self) -> list[dict]:
        """The facts of the figures in order, each question asked of every figure before the
        next question (what, then whose, then when, then which stage): each rule set's code
        runs in one stretch, not interleaved with the others', per figure. An owner may take
        an earlier figure's owner (``_owner``), so owners go in order."""
        spans, labels, figures = self.s, self.labels, self.figures
        metrics = [self.metric_of(f) for f in figures]  # (direct calls when compiled, not through map)
        owners = []
        for f, metric in zip(figures, metrics):
            found, owner = self._listed_change_owner(f, metric) if self._has_fenbie else (False, None)
            if not found:
                owner = self.owner_of(f, metric)
            self._owner[f] = owner
            owners.append(owner)
        dates = [self.date_of(f) for f in figures]
        out = []
        for f, metric, owner, date in zip(figures, metrics, owners, dates):
            span = spans[f]
            fact = {  # the references ``ref`` makes, made here
                "figure": {"start": span.start, "end": span.end},
                "metric": metric,
                "subject": None if owner is None else {"start": spans[owner].start, "end": spans[owner].end},
                "date": None if date is None else {"start": spans[date].start, "end": spans[date].end},
            }
            # stages are reported for projects (and the firms and unnamed groups building them,
            # and a place's figures about its projects: 开工项目4个, 总投资76亿元); a project's
            # figure, or one about projects, may take one from around its sentence
            about = (owner is not None and labels[owner] == "PROJECT") \
                or (metric is not None and any(w in metric for w in _PROJECT_METRIC))
            stage = self.stage_of(f, about) if about or owner is None or labels[owner] == "COMPANY" else None
            if stage and owner is None and not about and metric is not None and self._stage_in_measure(metric):
                stage = None  # 家庭医生签约率, 免疫规划疫苗接种率: a measure's word, no project's stage
            if (stage or about) and metric is not None and metric.endswith(_PROGRESS) and labels[f] == "PERCENT":
                stage = _BUILDING  # 主体工程完工80%, 形象进度70%: a share done, the project is being built
            if stage:
                fact["stage"] = stage
            out.append(fact)
        if "POSITION" in self.labels:  # person facts hang on titles
            out.extend(person_facts(self.labels, self.starts, self.ends, self.text, spans))
        return out

    def _stage_in_measure(self, metric: str) -> bool:
        """A stage word (stages.tsv) is inside ``metric``, a rate or a count of people of no
        project (签约率, 免疫规划疫苗接种率, 家庭医生签约服务人数); one ending it (改造开工) or a
        project's sum (签约总额) reports the stage."""
        m = self.t.stage_re.search(metric)
        return m is not None and m.end() < len(metric) and metric.endswith(_RATE_OR_HEADCOUNT)
