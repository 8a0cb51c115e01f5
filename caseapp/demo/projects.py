"""Which projects a demo holds, how many participants each, and when each started.

By default the two seed projects at their real sizes: Aarhus' two strands (45 young homeless
people, and 35 of the most vulnerable) and Aalborg's social bond (120 people). A larger demo adds
invented projects in other municipalities with the same kinds of contract.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Literal

from caseapp.demo import contracts
from caseapp.demo.places import AALBORG, AARHUS, OTHER_TOWNS, Town

# Aarhus' two strands share one DKK 23.2 m investment (13.1 m + 10.1 m).
AARHUS_INVESTMENT = "Aarhus: unge hjemløse, Housing First og Job First"

# youth: Housing First + Job First for 18-24 year olds; vulnerable: the most vulnerable of them;
# bond: a social bond for 25-60 year olds on cash benefit.
Strand = Literal["youth", "vulnerable", "bond"]

SEED_SIZES = {"AAR-HF": 45, "AAR-HF2": 35, "AAL-SIB": 120}
SEED_TOTAL = sum(SEED_SIZES.values())
# Invented projects are made about this big, until every town has one of each kind.
EXTRA_PROJECT_SIZE = 100


@dataclass(frozen=True)
class ProjectPlan:
    key: str
    name: str
    town: Town
    strand: Strand
    size: int
    start: date
    end: date
    description: str
    team: str  # who does the work: the support provider named on spells
    contract: dict[str, Any]

    @property
    def ages(self) -> tuple[int, int]:
        """The participants' age range on the day they are referred."""
        return (25, 60) if self.strand == "bond" else (18, 24)


def add_months(day: date, months: int) -> date:
    """The first of the month `months` after (or, negative, before) `day`'s month."""
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def period_end(start: date, years: int) -> date:
    """The last day of a period of `years` years from `start` (a first of the month)."""
    return start.replace(year=start.year + years) - timedelta(days=1)


def plan_projects(participants: int | None, today: date) -> list[ProjectPlan]:
    """The projects of a demo with `participants` people (None: the seed projects' sizes)."""
    total = SEED_TOTAL if participants is None else participants
    seed_sizes = _seed_sizes(min(total, SEED_TOTAL))
    plans = _seed_projects(seed_sizes, today)
    extra = total - SEED_TOTAL
    if extra > 0:
        plans += _other_projects(extra, today)
    return plans


def _seed_sizes(total: int) -> dict[str, int]:
    """The seed projects' sizes scaled down to `total` people (largest remainder)."""
    exact = {k: v * total / SEED_TOTAL for k, v in SEED_SIZES.items()}
    sizes = {k: int(v) for k, v in exact.items()}
    by_remainder = sorted(exact, key=lambda k: exact[k] - sizes[k], reverse=True)
    for k in by_remainder[: total - sum(sizes.values())]:
        sizes[k] += 1
    return sizes


def _seed_projects(sizes: dict[str, int], today: date) -> list[ProjectPlan]:
    aarhus_start = add_months(today, -34)
    strand2_start = add_months(aarhus_start, 2)
    aalborg_start = add_months(today, -36)
    shared = (
        " Finansieret af Den Sociale Investeringsfond og Aarhus Kommunes Råd for Sociale "
        "Investeringer med 23,2 mio. kr. for begge indsatser (AAR-HF og AAR-HF2); kommunen "
        "tilbagebetaler over fire til seks år, når de aftalte resultater nås."
    )
    return [
        ProjectPlan(
            key="AAR-HF",
            name="Tidlig og intensiv indsats for unge hjemløse",
            town=AARHUS,
            strand="youth",
            size=sizes["AAR-HF"],
            start=aarhus_start,
            end=period_end(aarhus_start, 3),
            description=(
                "Housing First og Job First for hjemløse unge på 18-24 år. Teamet er den unges "
                "eneste indgang til kommunen og er bostøtte, virksomhedskonsulent og "
                "uddannelseskonsulent i én person; møder de unge hvor og når de har brug for "
                "det. Resultater måles efter 12, 18, 24, 36 og 48 måneder." + shared
            ),
            team="Ungeteamet, Aarhus Kommune",
            contract=contracts.youth_housing_first(
                period_end(aarhus_start, 5),
                45,
                13_100_000,
                most_vulnerable=False,
                investment_name=AARHUS_INVESTMENT,
            ),
        ),
        ProjectPlan(
            key="AAR-HF2",
            name="Indsats målrettet de mest udsatte unge hjemløse",
            town=AARHUS,
            strand="vulnerable",
            size=sizes["AAR-HF2"],
            start=strand2_start,
            end=period_end(strand2_start, 3),
            description=(
                "Helhedsorienteret støtte- og udviklingsindsats med afsæt i Housing First for "
                "30-35 af de mest udsatte unge hjemløse." + shared
            ),
            team="Housing First-teamet, Aarhus Kommune",
            contract=contracts.youth_housing_first(
                period_end(strand2_start, 5),
                35,
                10_100_000,
                most_vulnerable=True,
                investment_name=AARHUS_INVESTMENT,
            ),
        ),
        ProjectPlan(
            key="AAL-SIB",
            name="Sociale obligationer: psykisk sårbare i job og uddannelse",
            town=AALBORG,
            strand="bond",
            size=sizes["AAL-SIB"],
            start=aalborg_start,
            end=period_end(aalborg_start, 4),
            description=(
                "Social obligation for 120 aktivitetsparate borgere på kontanthjælp med psykisk "
                "sårbarhed, henvist i hold efter en indledende samtale. Leverandøren har fuld "
                "metodefrihed; kommunen betaler kun for resultater: for hver uge en deltager er i "
                "job, fleksjob, skånejob eller uddannelse, i op til tre år. Målgruppen er aftalt "
                "på forhånd for at undgå creaming. Mål: halvdelen i job eller uddannelse."
            ),
            team="Nordjysk Jobvej (socialøkonomisk virksomhed)",
            contract=contracts.social_bond(
                period_end(aalborg_start, 4), 120, 11_000_000, total_cap=16_000_000
            ),
        ),
    ]


def _other_projects(extra: int, today: date) -> list[ProjectPlan]:
    """Invented projects in other towns, alternating the two kinds, sharing `extra` people."""
    slots = 2 * len(OTHER_TOWNS)
    count = min(slots, -(-extra // EXTRA_PROJECT_SIZE))
    plans = []
    for i in range(count):
        size = extra // count + (i < extra % count)
        town = OTHER_TOWNS[i % len(OTHER_TOWNS)]
        bond = (i % len(OTHER_TOWNS) + i // len(OTHER_TOWNS)) % 2 == 1
        start = add_months(today, -(24 + i % 13))
        if bond:
            plans.append(
                ProjectPlan(
                    key=f"{town.code}-SIB",
                    name=f"Social obligation: job og uddannelse i {town.city}",
                    town=town,
                    strand="bond",
                    size=size,
                    start=start,
                    end=period_end(start, 4),
                    description=(
                        "Resultatbetalt indsats for aktivitetsparate borgere på kontanthjælp, "
                        "efter Aalborg-modellen: betaling pr. uge i job eller uddannelse."
                    ),
                    team=f"Jobvejen {town.city}",
                    contract=contracts.social_bond(
                        period_end(start, 4),
                        size,
                        _rounded(11_000_000 * size / 120),
                        total_cap=_rounded(16_000_000 * size / 120),
                    ),
                )
            )
        else:
            plans.append(
                ProjectPlan(
                    key=f"{town.code}-HF",
                    name=f"Housing First for unge hjemløse i {town.city}",
                    town=town,
                    strand="youth",
                    size=size,
                    start=start,
                    end=period_end(start, 3),
                    description=(
                        "Housing First og Job First for hjemløse unge på 18-24 år, efter "
                        "Aarhus-modellen."
                    ),
                    team=f"Ungeteamet, {town.municipality}",
                    contract=contracts.youth_housing_first(
                        period_end(start, 5),
                        size,
                        _rounded(13_100_000 * size / 45),
                        most_vulnerable=False,
                    ),
                )
            )
    return plans


def _rounded(amount: float) -> int:
    """To whole hundred thousands, as investment agreements are written."""
    return int(round(amount / 100_000) * 100_000)
