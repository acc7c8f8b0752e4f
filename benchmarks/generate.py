"""A synthetic corpus for the benchmark: N Italian articles recombined from the seed articles.

Paragraphs and headings come from the seeds; people, places and dates in them are swapped for
ones drawn from generated pools, so the corpus looks like the seeds (title line, byline, date
line, dateline paragraph, headings, embedded posts, publisher noise) and the real cleaner and
extractor run on it, while the number of distinct people grows with N. Deterministic from --seed.

    python benchmarks/generate.py --articles 1000 --out DIR   # writes DIR/seeds
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import random
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

SEEDS = Path(__file__).resolve().parents[1] / "seeds"

MONTHS = [
    "gennaio",
    "febbraio",
    "marzo",
    "aprile",
    "maggio",
    "giugno",
    "luglio",
    "agosto",
    "settembre",
    "ottobre",
    "novembre",
    "dicembre",
]
MONTH_RE = "|".join(MONTHS)
# Embedded posts carry English dates ("December 6, 2025"); spelled out so no locale changes them.
EN_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]

# First names by origin: a full name in a seed is a pool first name followed by a capitalised word.
FIRST_NAMES = {
    "ua": [
        "Volodymyr",
        "Rustem",
        "Andriy",
        "Andrii",
        "Oleksandr",
        "Dmytro",
        "Serhiy",
        "Mykola",
        "Taras",
        "Yulia",
        "Olena",
        "Iryna",
        "Kyrylo",
        "Denys",
        "Oleksiy",
        "Vitaliy",
        "Bohdan",
        "Petro",
        "Yuriy",
        "Halyna",
        "Oksana",
        "Roman",
        "Ihor",
        "Maksym",
    ],
    "ru": [
        "Vladimir",
        "Kirill",
        "Sergei",
        "Sergej",
        "Dmitri",
        "Dmitrij",
        "Yuri",
        "Nikolai",
        "Maria",
        "Anatoly",
        "Mikhail",
        "Igor",
        "Alexei",
        "Valentina",
        "Boris",
        "Grigory",
        "Pavel",
        "Viktor",
        "Ivan",
        "Ekaterina",
    ],
    "us": [
        "Steve",
        "Marco",
        "Jared",
        "Donald",
        "Josh",
        "Keith",
        "Pete",
        "Dan",
        "Michael",
        "Robert",
        "Mike",
        "Karoline",
        "Tulsi",
        "Scott",
        "John",
        "Daniel",
        "Susie",
        "Howard",
        "Kevin",
        "Marco",
        "Laura",
        "Emily",
        "Jake",
    ],
    "it": [
        "Giorgia",
        "Sergio",
        "Antonio",
        "Guido",
        "Matteo",
        "Luca",
        "Egidio",
        "Paolo",
        "Giovanni",
        "Francesca",
        "Chiara",
        "Marta",
        "Alessandro",
        "Giulia",
        "Roberto",
        "Federico",
        "Elena",
        "Stefano",
        "Lorenzo",
        "Anna",
        "Davide",
    ],
    "eu": [
        "Emmanuel",
        "Friedrich",
        "Keir",
        "Ursula",
        "Kaja",
        "Mark",
        "Donald",
        "Alexander",
        "Petteri",
        "Mette",
        "Olaf",
        "Pedro",
        "Annalena",
        "Radoslaw",
        "Viktor",
        "Recep",
        "Andrzej",
        "Gitanas",
        "Ulf",
        "Jonas",
    ],
}
SURNAME_PARTS = {
    "ua": (
        [
            "Tym",
            "Bond",
            "Kravch",
            "Shev",
            "Mel",
            "Hrytsen",
            "Lys",
            "Moroz",
            "Pav",
            "Tkach",
            "Ovch",
            "Kuzm",
            "Dovzh",
            "Zin",
            "Yarem",
            "Hnat",
        ],
        ["enko", "chuk", "yshyn", "iv", "ko", "uk", "ovych", "ak"],
    ),
    "ru": (
        [
            "Lavr",
            "Ushak",
            "Pesk",
            "Med",
            "Kozl",
            "Sobol",
            "Volk",
            "Zakhar",
            "Orlov",
            "Belous",
            "Gerasim",
            "Naryshk",
            "Shoig",
            "Dmitr",
        ],
        ["ov", "ev", "in", "sky", "ikov", "enkov", "ovsky"],
    ),
    "us": (
        [
            "Whit",
            "Har",
            "Cal",
            "Brad",
            "Hol",
            "Lang",
            "Mor",
            "Ash",
            "Wood",
            "Kirk",
            "Bux",
            "Stan",
            "Fair",
            "Cran",
            "Hamm",
            "Pres",
        ],
        ["son", "man", "ley", "ton", "field", "well", "ford", "er"],
    ),
    "it": (
        [
            "Ross",
            "Bian",
            "Ferr",
            "Colomb",
            "Ricc",
            "Marin",
            "Gall",
            "Conc",
            "Fontan",
            "Sant",
            "Barbier",
            "Lombard",
            "Mor",
            "Grec",
        ],
        ["ini", "etti", "ucci", "ato", "elli", "oni", "ese", "one"],
    ),
    "eu": (
        [
            "Kowal",
            "Nowak",
            "Schmid",
            "Lind",
            "Berg",
            "Vander",
            "Dubr",
            "Horv",
            "Novot",
            "Jans",
            "Laur",
            "Kaln",
            "Peder",
            "Virt",
        ],
        ["ski", "wicz", "er", "mann", "sen", "auskas", "ová", "eau"],
    ),
}
ADJECTIVE = {"ua": "ucraino", "ru": "russo", "us": "americano", "it": "italiano", "eu": "europeo"}
ROLES = (
    "consigliere per la sicurezza nazionale",
    "viceministro degli Esteri",
    "capo della delegazione",
    "portavoce del governo",
    "ambasciatore",
    "negoziatore",
    "inviato speciale",
    "ministro della Difesa",
    "sottosegretario",
    "capo di gabinetto",
)
PLACES = [
    "Miami",
    "Ginevra",
    "Berlino",
    "Mosca",
    "Kiev",
    "Kyiv",
    "Washington",
    "Bruxelles",
    "Varsavia",
    "Istanbul",
    "Riad",
    "Parigi",
    "Londra",
    "Roma",
    "Helsinki",
    "Vienna",
    "Budapest",
    "Ankara",
    "Doha",
    "Gedda",
    "Odessa",
    "Leopoli",
    "Kharkiv",
    "Dnipro",
    "Minsk",
    "Praga",
    "Vilnius",
    "Tallinn",
    "Riga",
    "Copenaghen",
    "Oslo",
    "Stoccolma",
    "Madrid",
    "Lisbona",
    "Atene",
    "Sofia",
    "Bucarest",
    "Chisinau",
    "Tbilisi",
    "Baku",
    "Astana",
    "Pechino",
    "Tokyo",
    "Anchorage",
    "Zaporizhzhia",
    "Kherson",
    "Mykolaiv",
    "Sumy",
    "Poltava",
    "Bratislava",
    "Belgrado",
    "Zagabria",
    "Lubiana",
    "Abu-Dhabi",
    "Dubai",
    "Davos",
    "Monaco",
    "Milano",
    "Napoli",
]
OUTLETS = (
    "Il Corriere del Mattino",
    "La Gazzetta Estera",
    "Il Quotidiano Nazionale",
    "L'Osservatore Politico",
    "Il Foglio Internazionale",
    "La Voce di Roma",
)
TITLE_TEMPLATES = (
    "Colloqui {a}-{b} a {place}: le parole di {p1} e {p2}",
    "{place}, nuovo round di negoziati tra {a} e {b}",
    "{p1} incontra {p2} a {place}: sul tavolo sicurezza e territori",
    "Pace in Ucraina, {p1}: «A {place} passi avanti concreti»",
    "Il piano di pace tra {place} e le telefonate con {p2}",
    "{a} e {b} verso un nuovo vertice a {place}",
    "Negoziati a {place}, {p1} frena: «Nessuna svolta immediata»",
)
COUNTRIES = ("Usa", "Ucraina", "Russia", "Europa", "Turchia", "Ue")
INJECTED = (
    "Alla riunione ha partecipato anche {name}, {role} {adj}, che ha definito l’incontro “utile”.",
    "Secondo {name}, {role} {adj}, il prossimo round potrebbe tenersi a {place} il {date}.",
    "Lo ha confermato {name}, {role} {adj}, parlando con i giornalisti a {place}.",
    "Tra i presenti figurava {name}, {role} {adj}, arrivato a {place} il {date}.",
)
QUOTES = (
    "We had a constructive discussion today in {place} and agreed on the next steps.",
    "Abbiamo avuto un colloquio lungo e sostanziale a {place}. Il lavoro continua.",
    "Productive meeting in {place} with our partners. Security guarantees remain the priority.",
)
NOISE = (
    "{outlet} è anche su Whatsapp. Clicca qui per iscriversi al canale e rimanere sempre aggiornati.",
    "Articoli Recenti",
    "Testata giornalistica registrata - Direttore responsabile {author} - © {year} - {outlet}",
    "×",
    "Iscriviti alla newsletter",
)
DATELINE_RE = re.compile(rf"^[A-ZÀ-Ý][\w’' ]*, \d{{1,2}} (?:{MONTH_RE}) \d{{4}}(?:, \d\d:\d\d)? – ")
WORD = r"[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-Z][a-z]+)?"
PLACE_RE = re.compile(r"\b(?:" + "|".join(map(re.escape, PLACES)) + r")\b")
METONYMS = ("Kiev", "Kyiv", "Mosca", "Washington")


@dataclass(frozen=True)
class Person:
    """A generated person: the full name and where they are from."""

    first: str
    last: str
    origin: str

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"


@dataclass
class Material:
    """What the seeds give to recombine: body paragraphs, headings and the people named in them."""

    paragraphs: list[str]
    headings: list[str]
    surnames: list[str]  # surnames of people named with a pool first name somewhere in the seeds


@dataclass
class Corpus:
    """What was generated: files, bytes and the distinct people and places used."""

    folder: Path
    articles: int
    text_bytes: int = 0
    people: set[str] = field(default_factory=set)
    places: set[str] = field(default_factory=set)


def read_material(seeds: Path) -> Material:
    """Body paragraphs, headings and named people from the seed files, by shape alone."""
    paragraphs: list[str] = []
    headings: list[str] = []
    all_first = {name for names in FIRST_NAMES.values() for name in names}
    surnames: set[str] = set()
    for path in sorted(seeds.glob("*.txt")):
        lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
        for line in lines:
            if not line or any(mark in line for mark in ("@", "http", "©", "pic.", "—")):
                continue
            body = DATELINE_RE.sub("", line)
            if len(body) >= 140 and body[-1] in '.”“"»…':
                paragraphs.append(body)
            elif (
                20 <= len(line) <= 110
                and line[-1] not in ".:,;"
                and line[0].isupper()
                and not re.match(rf"^\d|^(?:{MONTH_RE})", line, re.IGNORECASE)
            ):
                headings.append(line)
            for first, last in re.findall(rf"\b({WORD}) ({WORD})\b", line):
                if first in all_first and last not in all_first:
                    surnames.add(last)
    return Material(
        list(dict.fromkeys(paragraphs)), list(dict.fromkeys(headings)), sorted(surnames)
    )


def make_people(rng: random.Random, count: int) -> list[Person]:
    """`count` distinct people from first-name and surname-syllable pools."""
    people: dict[str, Person] = {}
    origins = sorted(FIRST_NAMES)
    while len(people) < count:
        origin = rng.choice(origins)
        stems, endings = SURNAME_PARTS[origin]
        last = rng.choice(stems) + rng.choice(endings)
        if rng.random() < 0.6:  # a second syllable widens the pool well past 10,000 names
            last = rng.choice(stems)[:3] + last.lower()
        person = Person(rng.choice(FIRST_NAMES[origin]), last, origin)
        people.setdefault(person.name, person)
    return list(people.values())


def italian_date(day: dt.date, capital: bool = False, year: bool = True) -> str:
    month = MONTHS[day.month - 1]
    month = month.capitalize() if capital else month
    return f"{day.day} {month} {day.year}" if year else f"{day.day} {month}"


def shift_dates(text: str, offset: dt.timedelta, year: int) -> str:
    """Move every Italian date expression in `text` by `offset` (days)."""

    def moved(day: int, month: str, year_text: str | None) -> dt.date | None:
        try:
            base = dt.date(int(year_text or year), MONTHS.index(month.lower()) + 1, day)
        except ValueError:
            return None
        return base + offset

    def interval(match: re.Match[str]) -> str:
        first = moved(int(match[1]), match[3], match[4])
        second = moved(int(match[2]), match[3], match[4])
        if not first or not second or first.month != second.month:
            return match[0]
        tail = f" {second.year}" if match[4] else ""
        return f"{first.day} al {second.day} {_cased(MONTHS[second.month - 1], match[3])}{tail}"

    def single(match: re.Match[str]) -> str:
        day = moved(int(match[1]), match[2], match[3])
        if not day:
            return match[0]
        tail = f" {day.year}" if match[3] else ""
        return f"{day.day} {_cased(MONTHS[day.month - 1], match[2])}{tail}"

    text = re.sub(
        rf"\b(\d{{1,2}}) al (\d{{1,2}}) ({MONTH_RE})(?: (\d{{4}}))?",
        interval,
        text,
        flags=re.IGNORECASE,
    )
    return re.sub(
        rf"(?<!al )\b(\d{{1,2}}) ({MONTH_RE})(?: (\d{{4}}))?\b", single, text, flags=re.IGNORECASE
    )


def _cased(month: str, like: str) -> str:
    return month.capitalize() if like[:1].isupper() else month


class Writer:
    """Builds one article at a time from the material and the pools."""

    def __init__(self, material: Material, rng: random.Random, people: list[Person]) -> None:
        self.material = material
        self.rng = rng
        self.people = people
        self.core = people[: max(5, len(people) // 40)]  # the few everyone writes about
        self.journalists = make_people(random.Random(rng.random()), 60)
        self.real = material.surnames
        # A real person's full name ("Steve Witkoff") or surname alone ("Witkoff").
        surnames = "|".join(map(re.escape, self.real)) or "(?!)"
        self.person_re = re.compile(rf"(?:\b({WORD}) )?\b({surnames})\b")

    def pick_person(self) -> Person:
        pool = self.core if self.rng.random() < 0.4 else self.people
        return self.rng.choice(pool)

    def article(self, corpus: Corpus) -> tuple[str, str]:
        """The text of one article and the title INDEX.md may give it."""
        rng = self.rng
        base = dt.date(2025, 12, 10)
        offset = dt.timedelta(days=rng.randint(-330, 150))
        day = base + offset
        # Each real person named in the recombined paragraphs is kept or swapped for this article.
        swaps: dict[str, Person] = {}
        for surname in self.real:
            if rng.random() < 0.7:
                swaps[surname] = self.pick_person()
        place_swaps = {p: rng.choice(PLACES) for p in PLACES if rng.random() < 0.6}
        for capital in METONYMS:  # "Kiev chiede…" means the government: keep it
            place_swaps.pop(capital, None)
        place = rng.choice(PLACES)
        corpus.places.add(place)

        def swap_person(match: re.Match[str]) -> str:
            person = swaps.get(match[2])
            if person is None:
                return match[0]
            return person.name if match[1] else person.last

        def rewrite(text: str) -> str:
            text = shift_dates(text, offset, 2025)
            text = self.person_re.sub(swap_person, text)
            return PLACE_RE.sub(lambda m: place_swaps.get(m[0], m[0]), text)

        def name_people(text: str) -> None:
            for person in swaps.values():
                if person.last in text:
                    corpus.people.add(person.name)

        body: list[str] = []
        for source in rng.sample(self.material.paragraphs, rng.randint(6, 12)):
            if body and rng.random() < 0.3:
                body.append(rewrite(rng.choice(self.material.headings)))
            paragraph = rewrite(source)
            if rng.random() < 0.35:
                new = self.pick_person()
                corpus.people.add(new.name)
                paragraph += " " + rng.choice(INJECTED).format(
                    name=new.name,
                    role=rng.choice(ROLES),
                    adj=ADJECTIVE[new.origin],
                    place=rng.choice(PLACES),
                    date=italian_date(day + dt.timedelta(days=rng.randint(1, 20)), year=False),
                )
            name_people(paragraph)
            body.append(paragraph)
        if rng.random() < 0.15:
            author = self.pick_person()
            corpus.people.add(author.name)
            handle = (author.first[0] + author.last).lower()
            quote = rng.choice(QUOTES).format(place=place)
            when = f"{EN_MONTHS[day.month - 1]} {day.day}, {day.year}"
            body.insert(rng.randint(1, len(body)), f"{quote}\n— {author.name} (@{handle}) {when}")

        first_people = [p.last for p in swaps.values()] or [self.pick_person().last]
        title = rng.choice(TITLE_TEMPLATES).format(
            a=rng.choice(COUNTRIES),
            b=rng.choice(COUNTRIES),
            place=place,
            p1=rng.choice(first_people),
            p2=rng.choice(first_people),
        )
        writer = rng.choice(self.journalists)
        time = f", {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}" if rng.random() < 0.3 else ""
        dateline = f"{place}, {italian_date(day)}{time} – "
        head: list[str] = []
        layout = rng.random()
        if layout < 0.6:
            head += [title] * rng.choice((1, 1, 2, 3))
            if rng.random() < 0.8:
                head.append(writer.name)
            head.append(f"{MONTHS[day.month - 1].capitalize()} {day.day}, {day.year}")
        elif layout < 0.8:
            head.append(italian_date(day, capital=True))
        if rng.random() < 0.8:
            body[0] = dateline + body[0]
        outlet = rng.choice(OUTLETS)
        tail = [
            rng.choice(NOISE).format(outlet=outlet, author=writer.name, year=day.year)
            for _ in range(rng.choice((0, 0, 1, 2)))
        ]
        separator = "\n\n" if rng.random() < 0.5 else "\n"
        text = separator.join([*head, *body, *tail]) + "\n"
        index_title = title if layout >= 0.6 and rng.random() < 0.7 else ""
        return text, index_title


def generate(out: Path, articles: int, seed: int = 1, seeds: Path = SEEDS) -> Corpus:
    """Write `out/seeds/` with `articles` articles and INDEX.md; the same seed gives the same bytes."""
    rng = random.Random(seed)
    material = read_material(seeds)
    if not material.paragraphs or not material.headings:
        raise SystemExit(f"{seeds}: no paragraphs or headings to recombine")
    people = make_people(rng, max(40, int(articles * 0.6)))
    writer = Writer(material, rng, people)
    folder = out / "seeds"
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.txt"):
        old.unlink()
    corpus = Corpus(folder, articles)
    rows = []
    for number in range(articles):
        text, title = writer.article(corpus)
        digest = hashlib.blake2b(text.encode(), digest_size=8).hexdigest()
        name = f"{number:05d}_{digest}.txt"
        data = text.encode("utf-8")
        (folder / name).write_bytes(data)
        corpus.text_bytes += len(data)
        rows.append(f"| {name} | {title.replace('|', '/')} | | | |")
    index = [
        "# Articles",
        "",
        f"A generated corpus of {articles} articles for the benchmark (seed {seed}).",
        "",
        "| file | title | source | author | date |",
        "|---|---|---|---|---|",
        *rows,
    ]
    (folder / "INDEX.md").write_text("\n".join(index) + "\n", encoding="utf-8")
    # What went into the corpus, for the search queries of a later run on the same folder.
    names = {"people": sorted(corpus.people), "places": sorted(corpus.places)}
    (out / "corpus.json").write_text(json.dumps(names, ensure_ascii=False), encoding="utf-8")
    return corpus


def corpus_names(out: Path) -> tuple[list[str], list[str]]:
    """The people and places a generated corpus in `out` was written with."""
    names = json.loads((out / "corpus.json").read_text(encoding="utf-8"))
    return names["people"], names["places"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--out", type=Path, required=True, help="writes OUT/seeds/")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--seeds", type=Path, default=SEEDS, help="the articles to recombine")
    args = parser.parse_args(argv)
    corpus = generate(args.out, args.articles, args.seed, args.seeds)
    summary = {
        "articles": corpus.articles,
        "text_mb": round(corpus.text_bytes / 1e6, 3),
        "people": len(corpus.people),
        "places": len(corpus.places),
        "folder": str(corpus.folder),
    }
    print(json.dumps(summary), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
