"""Short Danish contact notes, as a key worker writes them, by subject and by mode of contact.

`{employer}` is the workplace or school of the spell the person is in at the time; `{han}` and
`{ham}` are the pronouns (han/hun, ham/hende).
"""

from __future__ import annotations

# (subject, mode) -> notes; the subject names the situation the contact was mostly about.
NOTES: dict[tuple[str, str], tuple[str, ...]] = {
    ("housing_search", "in_person"): (
        "Mødtes på café. Gennemgik boliglisten; søger 1-værelses med lav husleje.",
        "Fulgte med til fremvisning af lejlighed. Positiv, men bekymret for huslejen.",
        "Talte om ventelisten til boligsocial anvisning. Skrevet op hos to boligforeninger.",
        "Udfyldt ansøgning om indskudslån sammen. Mangler kopi af sygesikringsbevis.",
        "Gik en tur og snakkede om, hvad en bolig skal kunne. Ønsker at bo tæt på venner.",
        "Mødtes på biblioteket. Søgte værelser på nettet sammen.",
        "Boligtilbud fra anvisningen gennemgået. Vil gerne se lejligheden på torsdag.",
    ),
    ("housing_search", "phone"): (
        "Ringede om fremvisning i morgen kl. 10. Aftalt at mødes ved opgangen.",
        "Har fået tilbudt en lejlighed. Aftalt at tage derud sammen.",
        "Kort opkald: har stadig ikke noget sted at sove i weekenden. Henvist til natvarmestuen.",
        "Ringede fra herberget. Spørger til ventetiden på bolig.",
    ),
    ("housing_search", "text"): (
        "Sms: påmindelse om fremvisning i morgen.",
        "Sms med adressen på lejligheden.",
        "Skrev at {han} har fået en seng på herberget i nat.",
    ),
    ("housing_new", "in_person"): (
        "Hjemmebesøg. Lejligheden er ved at blive sat i stand; mangler seng og gardiner.",
        "Hjalp med at bære møbler ind fra genbrugsbutikken.",
        "Hjemmebesøg: tilmeldt el og internet. Gennemgik husordenen.",
        "Hjemmebesøg. Glad for lejligheden, men har svært ved at sove alene.",
        "Købte ind sammen til køkkenet. Talte om budget for første måned.",
        "Besøg i ny bolig. Venner har været forbi; talte om at passe på lejligheden.",
    ),
    ("housing_new", "phone"): (
        "Ringede om nøgleoverdragelse på fredag.",
        "Spørger til boligstøtte; aftalt at søge sammen på mandag.",
    ),
    ("housing_keep", "in_person"): (
        "Hjemmebesøg. Huslejen er betalt; lejligheden ser fin ud.",
        "Hjemmebesøg. Klage fra naboerne over larm; talte om gæster og aftaler.",
        "Hjemmebesøg. Rod og opvask; lavede en plan for rengøring sammen.",
        "Hjemmebesøg. Restance på en måneds husleje; kontakt til boligforeningen aftalt.",
        "Hjemmebesøg. Trives i lejligheden; har fået en kat.",
        "Hjemmebesøg sammen med bostøttemedarbejder. Gennemgik post og regninger.",
    ),
    ("housing_keep", "phone"): (
        "Ringede om brev fra boligforeningen. Aftalt at kigge på det sammen.",
        "Kort opkald om huslejen. Den er betalt.",
    ),
    ("job_search", "in_person"): (
        "Talte om job. Vil gerne prøve lager eller køkken. Lavet CV sammen.",
        "Mødtes på jobcenteret til trepartssamtale. Aftalt virksomhedspraktik.",
        "Skrev ansøgning til et rengøringsjob sammen.",
        "Talte om hvad der skal til for at kunne møde stabilt. Søvn er det store problem.",
        "Besøgte en virksomhed sammen om mulig praktik. Positiv stemning.",
        "Gennemgik jobopslag. Interesseret i en stilling som opvasker.",
    ),
    ("job_search", "phone"): (
        "Ringede om samtale hos arbejdsgiver på torsdag. Øvede spørgsmål.",
        "Har været til jobsamtale; venter på svar.",
    ),
    ("school_search", "in_person"): (
        "Talte om uddannelse. Vil gerne på FGU og måske senere tømrer.",
        "Besøgte FGU sammen og talte med en vejleder.",
        "Udfyldte ansøgning til erhvervsuddannelse sammen.",
        "Talte om ordblindhed; aftalt test hos VUC.",
    ),
    ("job", "in_person"): (
        "Besøg på arbejdspladsen ({employer}). God snak med mester om timetal.",
        "Mødtes efter arbejde. Går godt hos {employer}, men træt om morgenen.",
        "Talte om vagtplan hos {employer} og om at komme til tiden.",
        "Opfølgning på jobbet hos {employer}. Lønsedlen gennemgået sammen.",
        "Trepartssamtale med {employer}: ønsker flere timer.",
        "Talte om konflikt med en kollega hos {employer}. Aftalt at tage det med lederen.",
    ),
    ("job", "phone"): (
        "Ringede efter første arbejdsdag hos {employer}. Gik godt.",
        "Sygemeldt i dag; aftalt at ringe til {employer} inden kl. 8 fremover.",
        "Kort opkald: har fået flere timer hos {employer}.",
    ),
    ("job", "text"): (
        "Sms: husk lønsedlen fra {employer}.",
        "Sms: god første dag hos {employer}!",
    ),
    ("school", "in_person"): (
        "Mødtes efter skole. Trives på {employer}, men matematik er svært.",
        "Samtale på {employer} med kontaktlærer om fravær.",
        "Talte om lektier og om at komme op om morgenen. Går godt på {employer}.",
        "Opfølgning på skolen ({employer}): fremmødet er blevet bedre.",
    ),
    ("school", "phone"): (
        "Ringede om fravær på {employer}. Har haft det svært i denne uge.",
        "Kort opkald: har fået praktikplads gennem {employer}.",
    ),
    ("health", "in_person"): (
        "Fulgte med til egen læge om søvnproblemer.",
        "Talte om angst og om at tage medicinen fast.",
        "Fulgte med til første samtale i distriktspsykiatrien.",
        "Har haft en dårlig uge; talte om hvad der kan hjælpe.",
        "Tandlægebesøg aftalt; hjælp til at søge om enkeltydelse.",
    ),
    ("health", "phone"): (
        "Ringede om tid hos lægen. Bestilt til næste uge.",
        "Har det skidt i dag; aflyser mødet. Aftalt nyt på fredag.",
    ),
    ("substance_use", "in_person"): (
        "Talte om hash og søvn. Vil prøve at skære ned i weekenden.",
        "Fulgte med til samtale i ungdomsbehandlingen.",
        "Virkede påvirket; kort samtale og nyt møde aftalt.",
        "Har holdt sig fra stoffer i tre uger. Stolt af det.",
    ),
    ("finances", "in_person"): (
        "Lavede budget sammen for resten af måneden.",
        "Gennemgik gæld til inkasso; aftalt møde i gældsrådgivningen.",
        "Hjalp med at søge enkeltydelse til depositum.",
        "Kiggede på e-Boks sammen; flere rykkere.",
    ),
    ("finances", "phone"): (
        "Ringede om at pengene er sluttet før tid. Aftalt at lave budget igen.",
        "Kort opkald om rykker fra el-selskabet.",
    ),
    ("network", "in_person"): (
        "Talte om familien; vil gerne se sin lillesøster igen.",
        "Deltog i netværksmøde med mor og en ven.",
        "Har meldt sig til fodbold; talte om at møde nye mennesker.",
        "Talte om ensomhed i weekenderne.",
    ),
    ("daily_living", "in_person"): (
        "Handlede ind og lavede mad sammen.",
        "Talte om døgnrytme; lavede en ugeplan.",
        "Hjalp med vasketøj og med at sortere post.",
        "Gennemgik MitID og digital post sammen.",
    ),
    ("authorities", "in_person"): (
        "Fulgte med til samtale i ydelsescentret.",
        "Mødtes i Borgerservice om sygesikringskort og adresse.",
        "Trepartsmøde med sagsbehandler om handleplanen.",
        "Fulgte med til møde hos kriminalforsorgen.",
    ),
    ("authorities", "phone"): (
        "Ringede til sagsbehandler sammen om manglende udbetaling.",
        "Opkald om brev fra kommunen; aftalt at læse det sammen.",
    ),
    ("generic", "in_person"): (
        "Opfølgende samtale. Ingen akutte ting.",
        "Gik en tur og snakkede om ugen der gik.",
        "Kaffe på café. God stemning; aftalt nyt møde i næste uge.",
        "Samtale om handleplanen; målene gennemgået.",
    ),
    ("generic", "phone"): (
        "Kort opkald for at høre hvordan det går.",
        "Ringede for at flytte mødet til i morgen.",
        "Opfølgning pr. telefon. Alt ok.",
    ),
    ("generic", "video"): (
        "Videosamtale, da {han} var syg. Gennemgik ugens aftaler.",
        "Videomøde om handleplanen.",
    ),
    ("generic", "text"): (
        "Sms: påmindelse om møde i morgen.",
        "Sms om at flytte mødet.",
        "Sms: hvordan går det?",
    ),
    ("generic", "letter"): (
        "Brev sendt med indkaldelse til opfølgningsmøde.",
        "Brev sendt med kopi af handleplanen.",
    ),
    ("generic", "attempted"): (
        "Ikke truffet hjemme. Lagt seddel i postkassen.",
        "Ringede to gange uden svar. Sendt sms.",
        "Udeblev fra aftalt møde. Prøver igen i morgen.",
        "Opsøgende: ikke fundet på de sædvanlige steder.",
        "Ingen svar på telefon; telefonen er måske slukket.",
    ),
}

# Said only of someone living in that situation (added to the housing_search notes).
HOMELESS_NOTES: dict[str, tuple[str, ...]] = {
    "couch_surfing": (
        "Kort snak udenfor Kirkens Korshær. Sover på sofa hos fætter, men må ikke blive længe.",
        "Mødtes hos vennen, {han} bor hos. Det begynder at knirke; der skal findes noget andet.",
    ),
    "rough_sleeping": (
        "Opsøgende: fandt {ham} ved banegården. Har sovet udenfor de sidste nætter.",
        "Opsøgende om aftenen. Fik {ham} med på natvarmestuen.",
    ),
    "emergency_shelter": ("Mødtes ved natvarmestuen. Træt efter dårlige nætter.",),
    "homeless_hostel": (
        "Besøg på herberget. Vil gerne ud i egen bolig hurtigst muligt.",
        "Samtale med kontaktperson på herberget om udflytning.",
    ),
    "temporary_housing": ("Besøg i den midlertidige bolig. Talte om hvad der skal til bagefter.",),
    "institution_no_home": ("Besøg på afdelingen. Talte om hvor {han} skal bo ved udskrivning.",),
    "non_conventional": ("Mødtes ved bilen, {han} sover i. Koldt om natten nu.",),
}

# Contacts of Aalborg's social bond: adults, a provider that works only towards a job.
BOND_NOTES: dict[tuple[str, str], tuple[str, ...]] = {
    ("job_search", "in_person"): (
        "Samtale om ønsker og ressourcer. Interesseret i praktik med dyr eller natur.",
        "Besøgte en virksomhed sammen om praktik på få timer om ugen.",
        "Opfølgning: mål om praktik inden for en måned fastholdt.",
        "Talte om hvad der skal til for at kunne arbejde nogle timer om ugen.",
        "Gennemgik jobopslag sammen; skrev til to arbejdsgivere.",
        "Samtale om fleksjob-visitation; jobcenteret orienteret.",
    ),
    ("job", "in_person"): (
        "Besøg på arbejdspladsen ({employer}). Mester er tilfreds; ønsker faste dage.",
        "Opfølgning med borger og virksomhedsmentor hos {employer}.",
        "Talte om at holde pauser og sige fra hos {employer}.",
        "Trepartssamtale hos {employer} om at gå op i timer.",
        "Gennemgik lønseddel fra {employer} sammen.",
    ),
    ("job", "phone"): (
        "Ringede til {employer}: borger har mødt stabilt hele ugen.",
        "Borger ringede: svært at møde ind i dag. Aftalt at tale med {employer}.",
    ),
    ("health", "in_person"): (
        "Talte om angst i forbindelse med at møde ind. Aftalt mindre timetal i starten.",
        "Fulgte med til distriktspsykiatrien.",
        "Talte om medicin og søvn; har det bedre end sidst.",
    ),
    ("generic", "in_person"): (
        "Opfølgende samtale på kontoret. Status på mål og næste skridt.",
        "Samtale om ugen der gik. Stabil.",
        "Gruppeforløb: deltog aktivt.",
    ),
}

INTAKE_NOTES = {
    "bond": "Indledende samtale: ønsker, ressourcer og barrierer gennemgået; samtykke givet.",
    "young": "Indledende samtale: projektet præsenteret, boligsituation afdækket, samtykke givet.",
}
REFERRAL_NOTE = "Ringede efter henvisningen. Aftalt indledende samtale."
DECLINED_AT_INTAKE_NOTE = "Indledende samtale: ønsker ikke at deltage i projektet nu."
EXIT_NOTES = {
    "completed": "Afsluttende samtale. Forløbet afsluttes; status og handleplan gennemgået.",
    "lost_contact": "Brev sendt om afslutning, da det ikke er lykkedes at få kontakt.",
    "moved_away": "Flytter til anden kommune; sagen overdraget med samtykke.",
    "declined": "Ønsker ikke at fortsætte i projektet. Afsluttet efter samtale.",
    "transferred": "Overdraget til anden indsats; fælles overleveringsmøde holdt.",
    "other": "Forløbet afsluttet; se sagens journal.",
}

# Words in a note that say where it took place, so that an in-person contact's location agrees.
PLACE_WORDS: tuple[tuple[str, str], ...] = (
    ("Hjemmebesøg", "home"),
    ("Besøg i ny bolig", "home"),
    ("Hjalp med at bære", "home"),
    ("Opsøgende", "outreach"),
    ("café", "public_place"),
    ("Café", "public_place"),
    ("biblioteket", "public_place"),
    ("Gik en tur", "public_place"),
    ("udenfor", "public_place"),
    ("Borgerservice", "other_authority"),
    ("ydelsescentret", "other_authority"),
    ("på jobcenteret", "other_authority"),
    ("kriminalforsorgen", "other_authority"),
    ("psykiatrien", "other_authority"),
    ("lægen", "other_authority"),
    ("egen læge", "other_authority"),
    ("ungdomsbehandlingen", "other_authority"),
    ("Trepartsmøde med sagsbehandler", "other_authority"),
    ("arbejdspladsen", "workplace"),
    ("Trepartssamtale hos", "workplace"),
    ("Trepartssamtale med", "workplace"),
    ("Samtale på {employer}", "school"),
    ("skolen", "school"),
    ("FGU sammen", "school"),
    ("herberget", "other"),
    ("natvarmestuen", "other"),
    ("afdelingen", "other"),
    ("midlertidige bolig", "other"),
    ("bilen", "other"),
    ("hos vennen", "other"),
    ("kontoret", "office"),
    ("Gruppeforløb", "office"),
    ("fremvisning af lejlighed", "other"),
    ("Besøgte en virksomhed", "workplace"),
    ("lavede mad", "home"),
    ("vasketøj", "home"),
)
