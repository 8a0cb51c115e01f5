"""Towns, streets, shelters, employers and schools that invented lives take place in.

Street names are real public streets (an address is only invented with its house number); the
shelters, employers and schools are invented, with names of the kind every Danish town has.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Town:
    municipality: str
    code: str  # three letters, the start of the town's project keys
    city: str
    streets: tuple[tuple[str, str], ...]  # (street, "postcode city")


AARHUS = Town(
    "Aarhus Kommune",
    "AAR",
    "Aarhus",
    (
        ("Frederiks Allé", "8000 Aarhus C"),
        ("Jægergårdsgade", "8000 Aarhus C"),
        ("Nørrebrogade", "8000 Aarhus C"),
        ("Vesterbrogade", "8000 Aarhus C"),
        ("Silkeborgvej", "8000 Aarhus C"),
        ("Marselis Boulevard", "8000 Aarhus C"),
        ("Randersvej", "8200 Aarhus N"),
        ("Viborgvej", "8210 Aarhus V"),
        ("Herredsvej", "8210 Aarhus V"),
        ("Bispehavevej", "8210 Aarhus V"),
        ("Gudrunsvej", "8220 Brabrand"),
        ("Dortesvej", "8220 Brabrand"),
        ("Grøndalsvej", "8260 Viby J"),
        ("Skanderborgvej", "8260 Viby J"),
        ("Rosenvangs Allé", "8260 Viby J"),
    ),
)

AALBORG = Town(
    "Aalborg Kommune",
    "AAL",
    "Aalborg",
    (
        ("Vesterbro", "9000 Aalborg"),
        ("Boulevarden", "9000 Aalborg"),
        ("Hobrovej", "9000 Aalborg"),
        ("Kastetvej", "9000 Aalborg"),
        ("Sohngårdsholmsvej", "9000 Aalborg"),
        ("Østerbro", "9000 Aalborg"),
        ("Borgergade", "9000 Aalborg"),
        ("Hadsundvej", "9000 Aalborg"),
        ("Humlebakken", "9000 Aalborg"),
        ("Fyrkildevej", "9220 Aalborg Øst"),
        ("Hjørringvej", "9400 Nørresundby"),
        ("Lindholm Brygge", "9400 Nørresundby"),
    ),
)

# Streets found in nearly every Danish town; the other towns' addresses use these.
_COMMON_STREETS: tuple[str, ...] = (
    "Vestergade", "Østergade", "Nørregade", "Søndergade", "Jernbanegade", "Stationsvej",
    "Skolevej", "Kirkevej", "Parkvej", "Engvej", "Møllevej", "Skovvej", "Bakkevej", "Havnegade",
)  # fmt: skip


def _town(municipality: str, code: str, city: str, postcode: str) -> Town:
    place = f"{postcode} {city}"
    return Town(municipality, code, city, tuple((s, place) for s in _COMMON_STREETS))


# The invented municipalities' projects that make a large demo (`--participants`).
OTHER_TOWNS: tuple[Town, ...] = (
    _town("Odense Kommune", "ODE", "Odense C", "5000"),
    _town("Esbjerg Kommune", "ESB", "Esbjerg", "6700"),
    _town("Randers Kommune", "RAN", "Randers C", "8900"),
    _town("Kolding Kommune", "KOL", "Kolding", "6000"),
    _town("Horsens Kommune", "HOR", "Horsens", "8700"),
    _town("Vejle Kommune", "VEJ", "Vejle", "7100"),
    _town("Silkeborg Kommune", "SIL", "Silkeborg", "8600"),
    _town("Herning Kommune", "HER", "Herning", "7400"),
    _town("Roskilde Kommune", "ROS", "Roskilde", "4000"),
    _town("Næstved Kommune", "NAE", "Næstved", "4700"),
    _town("Viborg Kommune", "VIB", "Viborg", "8800"),
    _town("Holstebro Kommune", "HOL", "Holstebro", "7500"),
    _town("Slagelse Kommune", "SLA", "Slagelse", "4200"),
    _town("Svendborg Kommune", "SVE", "Svendborg", "5700"),
    _town("Frederikshavn Kommune", "FRH", "Frederikshavn", "9900"),
    _town("Hjørring Kommune", "HJO", "Hjørring", "9800"),
    _town("Sønderborg Kommune", "SON", "Sønderborg", "6400"),
    _town("Holbæk Kommune", "HBK", "Holbæk", "4300"),
    _town("Helsingør Kommune", "HEL", "Helsingør", "3000"),
    _town("Fredericia Kommune", "FRE", "Fredericia", "7000"),
    _town("Haderslev Kommune", "HAD", "Haderslev", "6100"),
    _town("Skive Kommune", "SKI", "Skive", "7800"),
    _town("Køge Kommune", "KOG", "Køge", "4600"),
    _town("Hillerød Kommune", "HIL", "Hillerød", "3400"),
    _town("Aabenraa Kommune", "ABR", "Aabenraa", "6200"),
    _town("Nyborg Kommune", "NYB", "Nyborg", "5800"),
    _town("Thisted Kommune", "THI", "Thisted", "7700"),
    _town("Ringkøbing-Skjern Kommune", "RKS", "Ringkøbing", "6950"),
    _town("Kalundborg Kommune", "KAL", "Kalundborg", "4400"),
    _town("Guldborgsund Kommune", "GUL", "Nykøbing F", "4800"),
    _town("Middelfart Kommune", "MID", "Middelfart", "5500"),
    _town("Vordingborg Kommune", "VOR", "Vordingborg", "4760"),
    _town("Skanderborg Kommune", "SKA", "Skanderborg", "8660"),
)

SHELTER_NAMES: tuple[str, ...] = (
    "Nordlys", "Fyrtårnet", "Ankeret", "Hjørnestenen", "Vendepunktet", "Havnely", "Læhegnet",
    "Trappen", "Stjernen",
)  # fmt: skip
SUPPORTED_HOUSING_NAMES: tuple[str, ...] = (
    "Solsikken", "Egebo", "Lindehuset", "Kastanjegården", "Bøgely", "Rønnebærhuset",
)  # fmt: skip

JOB_EMPLOYERS: tuple[str, ...] = (
    "Byens Rengøring ApS", "Lager & Logistik A/S", "Tømrerfirmaet Holm & Søn", "Café Bønnen",
    "Pizzeria Napoli", "Dagligvarebutikken Nord", "Grøn Have & Anlæg", "Autoværkstedet Vest",
    "Budfirmaet Cykelkurér", "Flyttefirmaet Jysk Transport", "Kantinen på Rådhuset",
    "Genbrugsbutikken Nyt Liv", "Malerfirmaet Farveladen", "Burgerbaren", "Bageriet Kornet",
    "Fitnesscentret Puls", "Vaskeriet Rent Tøj", "Tankstationen Ringvejen", "Bilvask Centrum",
    "Hotel Havnen",
)  # fmt: skip
FLEX_EMPLOYERS: tuple[str, ...] = (
    "Kommunens Naturpleje", "Dagligvarebutikken Nord", "Bibliotekets Café",
    "Plejecentret Solgården", "Genbrugsbutikken Nyt Liv", "Cykelværkstedet",
    "Kantinen på Rådhuset", "Materielgården",
)  # fmt: skip
SHELTERED_EMPLOYERS: tuple[str, ...] = (
    "Værkstedet Håndværk & Hjerte", "Cafeen i Kulturhuset", "Genbrugsbutikken Nyt Liv",
    "Materielgården", "Socialøkonomisk Gartneri",
)  # fmt: skip
PLACEMENT_EMPLOYERS: tuple[str, ...] = (
    *JOB_EMPLOYERS[:12],
    "Plejecentret Solgården",
    "Materielgården",
    "Socialøkonomisk Gartneri",
)

# School names take the town: "FGU {city}", "VUC {city}".
EDUCATIONS: tuple[str, ...] = (
    "Erhvervsskolen {city} (tømrer)", "Erhvervsskolen {city} (smed)",
    "Erhvervsskolen {city} (kok)", "Erhvervsskolen {city} (frisør)",
    "Erhvervsskolen {city} (lager og logistik)", "Handelsskolen {city} (detail)",
    "VUC {city} (HF enkeltfag)", "SOSU-skolen (social- og sundhedshjælper)",
)  # fmt: skip
PREPARATORY_EDUCATIONS: tuple[str, ...] = (
    "FGU {city} (produktionsgrunduddannelse)", "FGU {city} (almen grunduddannelse)",
    "FGU {city} (erhvervsgrunduddannelse)", "Ordblindeundervisning, VUC {city}",
)  # fmt: skip
