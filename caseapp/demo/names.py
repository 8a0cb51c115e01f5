"""Common Danish first and last names for invented participants and staff.

Young people (born around 2000) and adults carry the names of their generation; a few names common
among Danes of immigrant background are mixed in, as in any Danish caseload.
"""

from __future__ import annotations

YOUNG_WOMEN: tuple[str, ...] = (
    "Emma", "Sofie", "Ida", "Freja", "Clara", "Laura", "Anna", "Mathilde", "Caroline", "Cecilie",
    "Amalie", "Sara", "Emilie", "Josefine", "Maja", "Nanna", "Julie", "Mille", "Frida", "Alberte",
    "Isabella", "Lærke", "Sarah", "Victoria", "Olivia", "Ella", "Agnes", "Karla", "Astrid",
    "Natasja", "Amanda", "Jasmin", "Nadia", "Signe", "Line", "Camilla", "Louise", "Katrine",
    "Yasmin", "Fatima", "Amira", "Aya", "Zainab",
)  # fmt: skip

YOUNG_MEN: tuple[str, ...] = (
    "Mathias", "Frederik", "Jonas", "Emil", "Lucas", "William", "Oliver", "Noah", "Magnus",
    "Mikkel", "Kasper", "Nikolaj", "Simon", "Daniel", "Alexander", "Sebastian", "Tobias", "Jakob",
    "Victor", "Oskar", "Malthe", "Marcus", "Philip", "Andreas", "Patrick", "Kevin", "Jonathan",
    "Benjamin", "Christoffer", "Nicklas", "Rasmus", "Mads", "Casper", "Mohammad", "Ali", "Ahmad",
    "Omar", "Yusuf", "Mustafa", "Hamza",
)  # fmt: skip

ADULT_WOMEN: tuple[str, ...] = (
    "Anne", "Kirsten", "Mette", "Hanne", "Helle", "Susanne", "Lene", "Maria", "Marianne", "Lone",
    "Camilla", "Pia", "Louise", "Charlotte", "Tina", "Gitte", "Bente", "Karen", "Inge", "Rikke",
    "Trine", "Stine", "Maiken", "Christina", "Heidi", "Dorthe", "Jeanette", "Janni", "Malene",
    "Sanne", "Tanja", "Annette", "Birgitte", "Vibeke", "Anja", "Jane", "Dorte", "Fatma", "Leyla",
    "Samira",
)  # fmt: skip

ADULT_MEN: tuple[str, ...] = (
    "Peter", "Jens", "Michael", "Lars", "Thomas", "Henrik", "Søren", "Christian", "Martin", "Jan",
    "Morten", "Jesper", "Niels", "Anders", "Rasmus", "Kim", "Per", "Hans", "Ole", "Brian", "Allan",
    "René", "Claus", "Torben", "Bo", "Steen", "Carsten", "Kenneth", "Dennis", "Jacob", "Johnny",
    "Flemming", "Poul", "Erik", "Tommy", "Bjarne", "Ahmed", "Hassan", "Mehmet", "Karim",
)  # fmt: skip

# The most common Danish surnames, roughly by frequency (the first ones appear more often).
LAST_NAMES: tuple[str, ...] = (
    "Nielsen", "Jensen", "Hansen", "Andersen", "Pedersen", "Christensen", "Larsen", "Sørensen",
    "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen",
    "Christiansen", "Poulsen", "Johansen", "Møller", "Mortensen", "Knudsen", "Jakobsen",
    "Jacobsen", "Mikkelsen", "Olesen", "Frederiksen", "Laursen", "Henriksen", "Lund", "Schmidt",
    "Eriksen", "Holm", "Kristiansen", "Clausen", "Simonsen", "Svendsen", "Andreasen", "Iversen",
    "Jeppesen", "Mogensen", "Jespersen", "Nissen", "Lauridsen", "Frandsen", "Østergaard", "Jepsen",
    "Kjær", "Carlsen", "Vestergaard", "Jessen", "Nørgaard", "Dahl", "Christoffersen", "Skov",
    "Søndergaard", "Bertelsen", "Bruun", "Lassen", "Bach", "Gregersen", "Friis", "Johnsen",
    "Steffensen", "Kjeldsen", "Bech", "Krogh", "Lauritsen", "Danielsen", "Mathiesen", "Andresen",
    "Brandt", "Winther", "Toft", "Ravn", "Dam", "Berg", "Overgaard", "Bak", "Holst", "Kirkegaard",
    "Ali", "Hussein", "Ahmed", "Khan", "Yilmaz", "Demir", "Abdi", "Hassan",
)  # fmt: skip

# Middle names that are old surnames, as Danes often carry (Mette Mondrup Pedersen).
MIDDLE_NAMES: tuple[str, ...] = (
    "Bech", "Bak", "Dahl", "Holm", "Krogh", "Lund", "Skov", "Toft", "Friis", "Kjær", "Bruun",
    "Mondrup", "Riis", "Hald", "Juul", "Lykke", "Munk", "Bonde", "Vang", "Ravn", "Brix", "Fogh",
)  # fmt: skip
