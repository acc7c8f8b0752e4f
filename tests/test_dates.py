"""The date grammar: Italian news sentences, date queries, coverage and the five seed articles."""

from __future__ import annotations

import datetime
import random
from dataclasses import replace
from pathlib import Path

import pytest

from negoreader.extract.dates import (
    date_covers,
    find_dates,
    latest_explicit_date,
    parse_date_query,
    precision,
)
from negoreader.load import load_seeds
from negoreader.records import Article, Paragraph

SEEDS = Path(__file__).resolve().parents[1] / "seeds"

THURSDAY = "2025-12-18"  # a Thursday: the week runs 15–21 December, the weekend is 20–21
SATURDAY = "2026-01-10"  # a Saturday in January: December is last month, last year


def article(*texts: str, date: str = THURSDAY) -> Article:
    paragraphs = tuple(Paragraph("paragraph", text) for text in texts)
    return Article(id="test", file="test.txt", title="Titolo", date=date, paragraphs=paragraphs)


def found(text: str, date: str = THURSDAY) -> list[tuple[str, str, bool]]:
    return [(d.text, d.value, d.relative) for d in find_dates(article(text, date=date))]


# (sentence, article date, [(text, value, relative)]) — written for this test, in the style of
# Italian agency copy about the talks.
CASES = [
    # explicit days, with and without the year
    ("Kiev, 14 marzo 2025 – Le delegazioni sono arrivate.", THURSDAY,
     [("14 marzo 2025", "2025-03-14", False)]),
    ("Il vertice si era svolto il 2 dicembre a Berlino.", THURSDAY,
     [("il 2 dicembre", "2025-12-02", False)]),
    ("Il piano è stato consegnato il 1° dicembre.", THURSDAY,
     [("il 1° dicembre", "2025-12-01", False)]),
    ("La firma è attesa per il primo gennaio.", THURSDAY,
     [("il primo gennaio", "2026-01-01", False)]),
    ("L’8 dicembre Rubio ha chiamato Sybiha.", THURSDAY,
     [("L’8 dicembre", "2025-12-08", False)]),
    ("Il 20 dicembre le delegazioni si erano viste a Miami.", SATURDAY,
     [("Il 20 dicembre", "2025-12-20", False)]),
    ("Era il 24 febbraio del 2022 quando iniziò l'invasione.", THURSDAY,
     [("il 24 febbraio del 2022", "2022-02-24", False)]),
    ("Lo scorso 18 dicembre era stato firmato un memorandum.", THURSDAY,
     [("Lo scorso 18 dicembre", "2024-12-18", False)]),
    ("Il 3 gennaio prossimo si riunirà il gruppo di contatto.", THURSDAY,
     [("Il 3 gennaio prossimo", "2026-01-03", False)]),
    ("Il documento porta la data del 6 dic. 2025.", THURSDAY,
     [("del 6 dic. 2025", "2025-12-06", False)]),
    # weekday and date together: one expression, the date wins
    ("Il colloquio si terrà sabato 20 dicembre a Ginevra.", THURSDAY,
     [("sabato 20 dicembre", "2025-12-20", False)]),
    ("Venerdì 19 dicembre 2025, ore 10: riprendono i lavori.", THURSDAY,
     [("Venerdì 19 dicembre 2025", "2025-12-19", False)]),
    ("Lunedì 22 Zelensky sarà a Bruxelles.", THURSDAY, [("Lunedì 22", "2025-12-22", True)]),
    # English and month-first forms, as in quotes, embeds and bylines
    ("— Marco Rubio (@SecRubio) November 30, 2025", THURSDAY,
     [("November 30, 2025", "2025-11-30", False)]),
    ("Novembre 28, 2025", THURSDAY, [("Novembre 28, 2025", "2025-11-28", False)]),
    ("“We met on December 2 and we will meet again,” he said.", THURSDAY,
     [("December 2", "2025-12-02", False)]),
    ("“We will meet again in January,” he said.", THURSDAY, [("in January", "2026-01", True)]),
    ("“The meetings on December 9 and 10 went well,” he said.", THURSDAY,
     [("December 9 and 10", "2025-12-09/2025-12-10", False)]),
    ("The summit is set for March 3-4, 2026.", THURSDAY,
     [("March 3-4, 2026", "2026-03-03/2026-03-04", False)]),
    ("The talks in Jeddah were held on 11 March 2025.", THURSDAY,
     [("11 March 2025", "2025-03-11", False)]),
    ("(ANSA) - KIEV, 12 DIC - Nuovi attacchi nella notte.", THURSDAY,
     [("12 DIC", "2025-12-12", False)]),
    ("The statement was issued on Dec. 6, 2025.", THURSDAY,
     [("Dec. 6, 2025", "2025-12-06", False)]),
    # numeric and ISO dates
    ("Decreto n. 12 del 03/11/2025, pubblicato in Gazzetta.", THURSDAY,
     [("del 03/11/2025", "2025-11-03", False)]),
    ("Il file è datato 2025-12-09 e aggiornato il 10.12.2025.", THURSDAY,
     [("2025-12-09", "2025-12-09", False), ("il 10.12.2025", "2025-12-10", False)]),
    # intervals
    ("Dal 15 al 17 dicembre le squadre tecniche lavoreranno a Riad.", THURSDAY,
     [("Dal 15 al 17 dicembre", "2025-12-15/2025-12-17", False)]),
    ("I colloqui, tra il 28 novembre e il 2 dicembre, sono stati intensi.", THURSDAY,
     [("tra il 28 novembre e il 2 dicembre", "2025-11-28/2025-12-02", False)]),
    ("Nei giorni 9-11 dicembre la missione è rimasta a Kiev.", THURSDAY,
     [("9-11 dicembre", "2025-12-09/2025-12-11", False)]),
    ("La tregua varrà dal 24 dicembre al 6 gennaio.", THURSDAY,
     [("dal 24 dicembre al 6 gennaio", "2025-12-24/2026-01-06", False)]),
    ("Il 13 e 14 dicembre si sono tenute due sessioni.", THURSDAY,
     [("Il 13 e 14 dicembre", "2025-12-13/2025-12-14", False)]),
    ("I colloqui del 9, 10 e 11 dicembre sono stati utili.", THURSDAY,
     [("del 9, 10 e 11 dicembre", "2025-12-09/2025-12-11", False)]),
    ("Il 2, 9 e 16 dicembre si sono sentiti al telefono.", THURSDAY,
     [("Il 2", "2025-12-02", False), ("9", "2025-12-09", False),
      ("16 dicembre", "2025-12-16", False)]),
    ("Il 3 e il 10 dicembre ci sono state due telefonate.", THURSDAY,
     [("Il 3", "2025-12-03", False), ("10 dicembre", "2025-12-10", False)]),
    ("tra l’8 e il 10 ottobre 2025 a Doha", THURSDAY,
     [("tra l’8 e il 10 ottobre 2025", "2025-10-08/2025-10-10", False)]),
    # months and years
    ("Il memorandum era stato firmato a ottobre.", THURSDAY, [("a ottobre", "2025-10", True)]),
    ("Nuovi incontri potrebbero tenersi a febbraio.", THURSDAY, [("a febbraio", "2026-02", True)]),
    ("In gennaio le parti si erano già parlate.", SATURDAY, [("In gennaio", "2026-01", True)]),
    ("A dicembre si terrà un altro vertice.", SATURDAY, [("A dicembre", "2026-12", True)]),
    ("A dicembre si era parlato di una tregua.", SATURDAY, [("A dicembre", "2025-12", True)]),
    # a month an infinitive governs is the plan's, not the finite verb's: the nearest one
    ("I ministri hanno deciso di riunirsi di nuovo a febbraio.", SATURDAY,
     [("a febbraio", "2026-02", True)]),
    ("I ministri si erano riuniti a febbraio.", SATURDAY, [("a febbraio", "2025-02", True)]),
    ("Nel mese di settembre la proposta è stata respinta.", THURSDAY,
     [("Nel mese di settembre", "2025-09", True)]),
    ("Lo scorso dicembre la situazione era diversa.", THURSDAY,
     [("Lo scorso dicembre", "2024-12", True)]),
    ("Il conflitto, iniziato nel febbraio 2022, prosegue.", THURSDAY,
     [("nel febbraio 2022", "2022-02", False)]),
    ("Un accordo è atteso entro fine gennaio.", THURSDAY, [("entro fine gennaio", "2026-01", True)]),
    ("Dal 2014 la Crimea è sotto controllo russo.", THURSDAY, [("Dal 2014", "2014", False)]),
    ("Kiev punta all'adesione entro il 2030.", THURSDAY, [("entro il 2030", "2030", False)]),
    ("Tra il 2022 e il 2024 il fronte si è mosso poco.", THURSDAY,
     [("Tra il 2022 e il 2024", "2022/2024", False)]),
    ("L'anno scorso non c'erano contatti; quest'anno sì.", THURSDAY,
     [("L'anno scorso", "2024", True), ("quest'anno", "2025", True)]),
    ("Il mese prossimo arriverà la risposta.", THURSDAY, [("Il mese prossimo", "2026-01", True)]),
    # a part of this month or year
    ("Il Parlamento ha chiesto un voto a metà mese.", THURSDAY, [("metà mese", "2025-12", True)]),
    ("Le nuove sanzioni arriveranno entro fine mese.", SATURDAY,
     [("fine mese", "2026-01", True)]),
    ("Il piano sarà pronto a inizio anno.", SATURDAY, [("inizio anno", "2026", True)]),
    ("Si voterà a fine mese di gennaio.", THURSDAY, [("a fine mese di gennaio", "2026-01", True)]),
    # a weekday in apposition to a relative day is that day, whatever the tense
    ("Domani, venerdì, ad Abu Dhabi si apre il tavolo.", THURSDAY,
     [("Domani", "2025-12-19", True), ("venerdì", "2025-12-19", True)]),
    ("Ieri, mercoledì, le delegazioni si sono viste.", THURSDAY,
     [("Ieri", "2025-12-17", True), ("mercoledì", "2025-12-17", True)]),
    ("Oggi, giovedì, riparte il negoziato.", THURSDAY,
     [("Oggi", "2025-12-18", True), ("giovedì", "2025-12-18", True)]),
    # a weekday set after a day by a comma names that day
    ("Il 5 dicembre, venerdì, era arrivata la bozza.", THURSDAY,
     [("Il 5 dicembre", "2025-12-05", False), ("venerdì", "2025-12-05", True)]),
    ("Il 6 dicembre, sabato, Trump ha chiamato Zelensky.", SATURDAY,
     [("Il 6 dicembre", "2025-12-06", False), ("sabato", "2025-12-06", True)]),
    ("Il 10 novembre, lunedì, la delegazione era a Ginevra.", THURSDAY,
     [("Il 10 novembre", "2025-11-10", False), ("lunedì", "2025-11-10", True)]),
    ("Ieri l'altro il Cremlino ha risposto.", THURSDAY, [("Ieri l'altro", "2025-12-16", True)]),
    # a month of last year or next year
    ("Anche a marzo dell'anno scorso ci avevano promesso una pausa.", THURSDAY,
     [("a marzo dell'anno scorso", "2024-03", True)]),
    ("Il voto è atteso a gennaio dell'anno prossimo.", THURSDAY,
     [("a gennaio dell'anno prossimo", "2026-01", True)]),
    ("Nel luglio dell'anno scorso la situazione era diversa.", SATURDAY,
     [("Nel luglio dell'anno scorso", "2025-07", True)]),
    # a year after a demonstrative
    ("In quel 2015 l'Europa fece da garante.", THURSDAY, [("quel 2015", "2015", False)]),
    ("Questo 2025 si chiude senza accordo.", THURSDAY, [("Questo 2025", "2025", False)]),
    ("Da quel 2014 la Crimea è occupata.", THURSDAY, [("quel 2014", "2014", False)]),
    # holidays
    ("Trump vuole un accordo entro Natale.", THURSDAY, [("entro Natale", "2025-12-25", False)]),
    ("A Capodanno 2026 la tregua non reggeva.", THURSDAY,
     [("A Capodanno 2026", "2026-01-01", False)]),
    ("La tregua di Pasqua 2025 è durata poco.", THURSDAY,
     [("di Pasqua 2025", "2025-04-20", False)]),
    ("Nel weekend del 13-14 dicembre si è trattato a Berlino.", THURSDAY,
     [("13-14 dicembre", "2025-12-13/2025-12-14", False)]),
    # relative days
    ("Ieri il ministro ha incontrato gli alleati.", THURSDAY, [("Ieri", "2025-12-17", True)]),
    ("L'altro ieri il Cremlino aveva risposto.", THURSDAY, [("L'altro ieri", "2025-12-16", True)]),
    ("Oggi pomeriggio parlerà il portavoce.", THURSDAY, [("Oggi pomeriggio", "2025-12-18", True)]),
    ("Domani mattina partirà la delegazione.", THURSDAY, [("Domani mattina", "2025-12-19", True)]),
    ("La notizia è arrivata stasera.", THURSDAY, [("stasera", "2025-12-18", True)]),
    ("Dopo le ore di ieri, altre due questa mattina.", THURSDAY,
     [("ieri", "2025-12-17", True), ("questa mattina", "2025-12-18", True)]),
    ("Questa sera parlerà il ministro.", THURSDAY, [("Questa sera", "2025-12-18", True)]),
    # weekdays: the modifier decides, else the tense of the nearest verb, else the past
    ("Martedì Witkoff ha visto Putin al Cremlino.", THURSDAY, [("Martedì", "2025-12-16", True)]),
    ("Martedì Witkoff vedrà Putin al Cremlino.", THURSDAY, [("Martedì", "2025-12-23", True)]),
    ("Il presidente dovrebbe partire lunedì per Washington.", THURSDAY,
     [("lunedì", "2025-12-22", True)]),
    ("L'incontro è previsto per domenica.", THURSDAY, [("domenica", "2025-12-21", True)]),
    ("Lunedì scorso le delegazioni si sono viste a Berlino.", THURSDAY,
     [("Lunedì scorso", "2025-12-15", True)]),
    ("La scorsa domenica ci sono stati attacchi.", THURSDAY,
     [("La scorsa domenica", "2025-12-14", True)]),
    ("Il prossimo venerdì si vota.", THURSDAY, [("Il prossimo venerdì", "2025-12-19", True)]),
    ("Giovedì prossimo è atteso il verdetto.", THURSDAY, [("Giovedì prossimo", "2025-12-25", True)]),
    ("Giovedì il portavoce ha smentito.", THURSDAY, [("Giovedì", "2025-12-18", True)]),
    ("Mercoledì sera il consiglio si è riunito.", THURSDAY,
     [("Mercoledì sera", "2025-12-17", True)]),
    ("Venerdì la Commissione presenta il piano.", THURSDAY, [("Venerdì", "2025-12-12", True)]),
    (
        "Ieri Umerov ha detto che venerdì partirà per Miami.",
        THURSDAY,
        [("Ieri", "2025-12-17", True), ("venerdì", "2025-12-19", True)],
    ),
    # two weekdays side by side are one stretch of days; two apart are two days
    ("Nella notte tra sabato e domenica sono caduti missili su Odessa.", THURSDAY,
     [("tra sabato e domenica", "2025-12-13/2025-12-14", True)]),
    ("Il generale ha trattato lunedì e martedì con i russi.", THURSDAY,
     [("lunedì e martedì", "2025-12-15/2025-12-16", True)]),
    ("Le squadre tecniche si vedranno venerdì e sabato a Riad.", THURSDAY,
     [("venerdì e sabato", "2025-12-19/2025-12-20", True)]),
    ("Da lunedì a mercoledì la delegazione resterà a Kiev.", THURSDAY,
     [("Da lunedì a mercoledì", "2025-12-22/2025-12-24", True)]),
    ("Tra lunedì e mercoledì sono caduti duecento droni.", THURSDAY,
     [("Tra lunedì e mercoledì", "2025-12-15/2025-12-17", True)]),
    ("Lunedì e giovedì ci sono stati attacchi.", THURSDAY,
     [("Lunedì", "2025-12-15", True), ("giovedì", "2025-12-18", True)]),
    ("On Monday, the president said he was ready.", THURSDAY, [("Monday", "2025-12-15", True)]),
    ("He will fly to Moscow next Tuesday.", THURSDAY, [("next Tuesday", "2025-12-23", True)]),
    ("Lo scambio avverrà nel fine settimana, ha detto il ministro.", THURSDAY,
     [("nel fine settimana", "2025-12-20/2025-12-21", True)]),
    ("Il ministro, che lunedì ha visto Rubio, partirà per Kiev.", THURSDAY,
     [("lunedì", "2025-12-15", True)]),
    # weekends and weeks
    ("Questo fine settimana i negoziatori si vedranno a Doha.", THURSDAY,
     [("Questo fine settimana", "2025-12-20/2025-12-21", True)]),
    ("Nel fine settimana i negoziatori dovrebbero vedersi a Doha.", THURSDAY,
     [("Nel fine settimana", "2025-12-20/2025-12-21", True)]),
    ("Nel fine settimana si sono svolti colloqui a Riad.", THURSDAY,
     [("Nel fine settimana", "2025-12-13/2025-12-14", True)]),
    ("Nel week end i negoziatori si sono sentiti.", THURSDAY,
     [("Nel week end", "2025-12-13/2025-12-14", True)]),
    ("Il prossimo weekend è atteso Kushner.", THURSDAY,
     [("Il prossimo weekend", "2025-12-20/2025-12-21", True)]),
    ("Questo fine settimana il vertice prosegue.", SATURDAY,
     [("Questo fine settimana", "2026-01-10/2026-01-11", True)]),
    ("Il prossimo fine settimana è atteso Witkoff.", SATURDAY,
     [("Il prossimo fine settimana", "2026-01-17/2026-01-18", True)]),
    ("Lo scorso fine settimana ci sono stati colloqui.", THURSDAY,
     [("Lo scorso fine settimana", "2025-12-13/2025-12-14", True)]),
    ("La settimana prossima Rubio sarà a Bruxelles.", THURSDAY,
     [("La settimana prossima", "2025-12-22/2025-12-28", True)]),
    ("La scorsa settimana i ministri si sono sentiti.", SATURDAY,
     [("La scorsa settimana", "2025-12-29/2026-01-04", True)]),
    ("Questa settimana è decisiva.", THURSDAY,
     [("Questa settimana", "2025-12-15/2025-12-21", True)]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "date", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_sentence(sentence: str, date: str, expected: list[tuple[str, str, bool]]) -> None:
    assert found(sentence, date) == expected


NOT_DATES = [
    "Sono passati quasi 4 anni di guerra e tre giorni di trattative.",
    "Nei giorni scorsi e nelle ultime settimane i contatti si sono intensificati.",
    "Nei prossimi mesi e negli ultimi mesi: nei prossimi giorni, nelle prossime settimane.",
    "Il colloquio è finito alle 18 locali; il comunicato è uscito alle 00:38.",
    "Il piano in 28 punti prevede 20 garanzie e 600.000 soldati.",
    "Reg. Trib. di Milano n°40, Art. 5 della Nato, risoluzione 2231.",
    "In 2000 hanno manifestato; il 2030 per cento è un'assurdità; nel 2000 soldati.",
    "La de-escalation è necessaria su tutti i fronti.",
    "We covered many aspects su X e su Whatsapp.",
    "Il lunedì i mercati aprono presto; ogni domenica si prega; la domenica successiva.",
    "I fine settimana sono tranquilli; ogni fine settimana si protesta.",
    "Il domani dell'Ucraina è incerto; un domani si vedrà.",
    "Lo ha scritto Italia Oggi; lo ha detto Russia Today.",
    "La sua città natale; Babbo Natale non c'entra; Natale Rossi ha firmato.",
    "Giuseppe Maggio e Anna Aprile hanno firmato l'appello; il governo di May è caduto.",
    "L'ufficio è in via 20 settembre, a due passi da piazza 4 Novembre.",
    "Il 5 gen Rossi ha parlato; il mar Nero è calmo; ha vinto 6 set a 3; Dec 6 alone.",
    "Ci vediamo il 15, ha detto. Dicembre 22 persone sono rimaste ferite.",
    "L'anno e il mese non sono stati fissati.",
    "© 2025 Tutti i diritti riservati",
]


# A deadline, a term or a postponement looks forward even in a past-tense clause.
DEADLINES = [
    ("Il Cremlino aveva fissato venerdì come scadenza per la risposta, ha detto Peskov.",
     [("venerdì", "2025-12-19", True)]),
    ("Il premier aveva indicato lunedì come termine per l'intesa.",
     [("lunedì", "2025-12-22", True)]),
    ("La riunione, che si doveva tenere ieri, è slittata a lunedì.",
     [("ieri", "2025-12-17", True), ("lunedì", "2025-12-22", True)]),
    ("Il voto è stato rinviato a martedì.", [("martedì", "2025-12-23", True)]),
    ("Il governo aveva chiesto una risposta entro mercoledì.",
     [("mercoledì", "2025-12-24", True)]),
    ("Il ministro aveva indicato gennaio come termine ultimo.", [("gennaio", "2026-01", True)]),
    ("Kiev aveva indicato il fine settimana come limite per la firma.",
     [("il fine settimana", "2025-12-20/2025-12-21", True)]),
    # the forward word must govern the day: a past verb elsewhere keeps it past
    ("Lunedì il ministro ha firmato il decreto, atteso da mesi.",
     [("Lunedì", "2025-12-15", True)]),
    ("Martedì i delegati hanno discusso a lungo della scadenza del mandato.",
     [("Martedì", "2025-12-16", True)]),
    # a deadline that has lapsed looks back
    ("La scadenza di lunedì è stata superata senza risposta.", [("lunedì", "2025-12-15", True)]),
    ("L'appuntamento a lunedì è saltato.", [("lunedì", "2025-12-15", True)]),
    # a verb of its own between the forward word and the day: the day is the verb's
    ("Il rinvio era stato annunciato martedì dalla presidenza.",
     [("martedì", "2025-12-16", True)]),
    ("Lo slittamento è stato comunicato lunedì ai delegati.", [("lunedì", "2025-12-15", True)]),
    ("La proroga del termine era stata chiesta martedì da Kiev.",
     [("martedì", "2025-12-16", True)]),
    ("La scadenza era stata fissata a lunedì.", [("lunedì", "2025-12-22", True)]),
    # what expires on a day
    ("La tregua energetica scade venerdì, ha detto il ministro.", [("venerdì", "2025-12-19", True)]),
    ("Scade lunedì il termine per le osservazioni.", [("lunedì", "2025-12-22", True)]),
    ("I permessi scadranno martedì.", [("martedì", "2025-12-23", True)]),
    # an appointment set for a day
    ("Chiudiamo qui. Appuntamento a lunedì con il nuovo round.", [("lunedì", "2025-12-22", True)]),
    ("L'appuntamento per martedì resta confermato.", [("martedì", "2025-12-23", True)]),
    ("Nuovo appuntamento a lunedì, ha detto il portavoce.", [("lunedì", "2025-12-22", True)]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), DEADLINES, ids=[c[0][:40] for c in DEADLINES])
def test_a_deadline_looks_forward(sentence: str, expected: list[tuple[str, str, bool]]) -> None:
    assert found(sentence) == expected


@pytest.mark.parametrize("sentence", NOT_DATES, ids=[s[:40] for s in NOT_DATES])
def test_not_a_date(sentence: str) -> None:
    assert found(sentence) == []


def test_mentions_are_exact_spans_in_reading_order() -> None:
    text = "Il 6 dicembre e ieri sera, poi dal 19 al 21 dicembre e nel 2026."
    refs = find_dates(article("Nessuna data qui.", text))
    assert [r.mention.paragraph for r in refs] == [1, 1, 1, 1]
    assert [r.mention.start for r in refs] == sorted(r.mention.start for r in refs)
    for ref in refs:
        assert text[ref.mention.start : ref.mention.end] == ref.text


def test_without_a_reference_only_written_out_dates_are_kept() -> None:
    text = "Il 6 dicembre, ieri, a gennaio e mercoledì; il 30 novembre 2025 e nel 2026."
    assert found(text, date="") == [
        ("il 30 novembre 2025", "2025-11-30", False),
        ("nel 2026", "2026", False),
    ]


def test_an_article_date_with_a_time_is_a_reference() -> None:
    assert found("Ieri sera", date="2025-12-06T00:38") == [("Ieri sera", "2025-12-05", True)]


def test_an_embedded_post_is_read_against_its_own_date() -> None:
    post = Paragraph("quote", "Yesterday we met in Miami.", author="@someone", date="2025-11-30")
    dated = replace(
        article("Ieri a Kiev."), paragraphs=(Paragraph("paragraph", "Ieri a Kiev."), post)
    )
    assert [(d.text, d.value) for d in find_dates(dated)] == [
        ("Ieri", "2025-12-17"),
        ("Yesterday", "2025-11-29"),
    ]


def test_latest_explicit_date() -> None:
    text = article(
        "Il 6 dicembre e ieri; il 2 dicembre 2025 e dal 3 al 5 novembre 2025.",
        "Il decreto del 14/05/2020 e mercoledì 10 dicembre 2025 alle 18.",
        date="",
    )
    assert latest_explicit_date(text) == "2025-12-10"
    assert latest_explicit_date(article("Nessuna data, solo ieri e il 6 dicembre.", date="")) == ""
    post = Paragraph("quote", "A post.", date="2025-12-12")
    assert latest_explicit_date(replace(text, paragraphs=(*text.paragraphs, post))) == "2025-12-12"


QUERIES = [
    ("6 dicembre", "2025-12-22", "2025-12-06"),
    ("il 6 dicembre", "2025-12-22", "2025-12-06"),
    ("6 dic", "2025-12-22", "2025-12-06"),
    ("1° dicembre", "2025-12-22", "2025-12-01"),
    ("6 dicembre", "2026-01-15", "2025-12-06"),
    ("gennaio", "2025-12-22", "2026-01"),
    ("Dicembre", "2025-12-22", "2025-12"),
    ("dicembre 2025", "", "2025-12"),
    ("19-21 dicembre", "2025-12-22", "2025-12-19/2025-12-21"),
    ("dal 19 al 21 dicembre", "2025-12-22", "2025-12-19/2025-12-21"),
    ("2025-12-20", "", "2025-12-20"),
    ("2025-12", "", "2025-12"),
    ("2025", "", "2025"),
    ("2025-12-19/2025-12-21", "", "2025-12-19/2025-12-21"),
    ("2022-2024", "", "2022/2024"),
    ("December 6, 2025", "", "2025-12-06"),
    ("6/12/2025", "", "2025-12-06"),
    ("6/12", "2025-12-22", "2025-12-06"),
    ("12/2025", "", "2025-12"),
    ("  30 novembre 2025  ", "", "2025-11-30"),
    ("natale", "2025-12-22", "2025-12-25"),
]


@pytest.mark.parametrize(("query", "reference", "expected"), QUERIES)
def test_date_query(query: str, reference: str, expected: str) -> None:
    assert parse_date_query(query, reference) == expected


NOT_QUERIES = [
    "",
    "   ",
    "witkof",
    "Kyiv",
    "dic",
    "gen",
    "mar",
    "20",
    "28 punti",
    "2025-13",
    "2025-12-32",
    "32 dicembre",
    "31 novembre",
    "6/13/2025",
    "1800",
    "x" * 10_000,
    "6 dicembre " * 1_000,
    "😀 6 dicembre 😀",
    "(.*)+[",
    "\\d+/\\d+",
    "ieri",
]


@pytest.mark.parametrize("query", NOT_QUERIES, ids=[q[:20] or "empty" for q in NOT_QUERIES])
def test_not_a_date_query(query: str) -> None:
    assert parse_date_query(query, "2025-12-22") is None


def test_the_reference_may_be_a_date_or_a_date_time() -> None:
    assert parse_date_query("gennaio", datetime.date(2025, 12, 22)) == "2026-01"
    assert parse_date_query("gennaio", "2025-12-22T10:30") == "2026-01"
    assert parse_date_query("gennaio", "not a date") is not None  # falls back to today


def test_a_yearless_query_without_reference_takes_a_year() -> None:
    value = parse_date_query("6 dicembre")
    assert value is not None and precision(value) == "day" and value.endswith("-12-06")


COVERS = [
    ("2025-12-19/2025-12-21", "2025-12-20", True),
    ("2025-12-19/2025-12-21", "2025-12-22", False),
    ("2025-12-19/2025-12-21", "2025-12", True),
    ("2025-12-19/2025-12-21", "2025-12-21/2025-12-25", True),
    ("2025-12", "2025-12-06", True),
    ("2025-12", "2025-11", False),
    ("2025-12-06", "2025-12", True),
    ("2025-12-06", "2025-12-06", True),
    ("2025-12-06", "2025-12-07", False),
    ("2025-12-06", "2025", True),
    ("2026", "2025-12-31", False),
    ("2022/2024", "2023-05", True),
    ("2025-12-06T00:38", "2025-12-06", True),
    ("not a date", "2025", False),
    ("2025-12-06", "", False),
    ("2025-12-21/2025-12-19", "2025-12-20", False),
]


@pytest.mark.parametrize(("value", "query", "expected"), COVERS)
def test_date_covers(value: str, query: str, expected: bool) -> None:
    assert date_covers(value, query) is expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025", "year"),
        ("2025-12", "month"),
        ("2025-12-06", "day"),
        ("2025-12-06T00:38", "day"),
        ("2025-12-19/2025-12-21", "interval"),
        ("2022/2024", "interval"),
        ("", ""),
        ("dicembre", ""),
        ("2025/2026/2027", ""),
    ],
)
def test_precision(value: str, expected: str) -> None:
    assert precision(value) == expected


def test_an_unreadable_article_date_is_no_reference() -> None:
    assert found("Ieri e il 6 dicembre; il 2 dicembre 2025.", date="domani") == [
        ("il 2 dicembre 2025", "2025-12-02", False)
    ]


WORDS = [
    "il",
    "lo",
    "la",
    "dal",
    "al",
    "tra",
    "fra",
    "e",
    "a",
    "di",
    "del",
    "nel",
    "entro",
    "scorso",
    "prossimo",
    "prossima",
    "questa",
    "fine",
    "settimana",
    "weekend",
    "mese",
    "anno",
    "l'",
    "dall'",
    "1°",
    "primo",
    "0",
    "1",
    "6",
    "19",
    "21",
    "29",
    "30",
    "31",
    "32",
    "2025",
    "2026",
    "1900",
    "2100",
    "99",
    "12",
    "-",
    "–",
    "/",
    ".",
    ",",
    ":",
    ";",
    "(",
    ")",
    "«",
    "»",
    "“",
    "”",
    "gennaio",
    "febbraio",
    "dicembre",
    "DIC",
    "dic.",
    "Sept.",
    "December",
    "May",
    "lunedì",
    "Sabato",
    "domenica",
    "ieri",
    "oggi",
    "domani",
    "l'altro",
    "sera",
    "Natale",
    "Pasqua",
    "vigilia",
    "ha",
    "detto",
    "sarà",
    "dovrebbe",
    "era",
    "quest'anno",
    "14/05/2020",
    "2025-12-06",
    "6/12/25",
    "next",
    "last",
    "Monday",
    "today",
    "😀",
    "(.*)+[",
]


@pytest.mark.parametrize("reference", ["", "2025-12-18", "2024-02-29", "2025-12-31T23:59"])
def test_word_salad_never_fails_and_spans_stay_exact(reference: str) -> None:
    chooser = random.Random(reference)
    for _ in range(500):
        text = " ".join(chooser.choice(WORDS) for _ in range(chooser.randint(1, 25)))
        for ref in find_dates(article(text, date=reference)):
            assert text[ref.mention.start : ref.mention.end] == ref.text
            assert precision(ref.value)
        value = parse_date_query(text, reference)
        assert value is None or precision(value)


def test_any_text_is_scanned_without_error() -> None:
    noise = "(.*)+[?" * 500 + "😀" * 1000 + "1" * 3000 + " dicembre" * 300
    assert all(d.text for d in find_dates(article(noise)))


# The five bundled articles: looked up by the text found, since cleaning decides the paragraphs.


@pytest.fixture(scope="module")
def seeds() -> dict[str, list[tuple[str, str, bool]]]:
    result = {}
    for seed in load_seeds(SEEDS).library.articles:
        dated = replace(seed, date=seed.date or latest_explicit_date(seed))
        result[seed.id[:3]] = [(d.text, d.value, d.relative) for d in find_dates(dated)]
    return result


def test_seed_001(seeds: dict[str, list[tuple[str, str, bool]]]) -> None:
    dates = seeds["001"]
    assert ("ieri sera", "2025-12-21", True) in dates
    assert ("Dal 19 al 21 dicembre", "2025-12-19/2025-12-21", False) in dates
    assert ("a gennaio", "2026-01", True) in dates
    assert ("nel 2026", "2026", False) in dates
    assert ("al 2026", "2026", False) in dates


def test_seed_002(seeds: dict[str, list[tuple[str, str, bool]]]) -> None:
    dates = seeds["002"]
    assert ("Mercoledì", "2025-12-17", True) in dates
    assert ("questo fine settimana", "2025-12-20/2025-12-21", True) in dates
    assert ("Nel fine settimana", "2025-12-20/2025-12-21", True) in dates
    assert not any("anni" in text or "giorni" in text for text, _, _ in dates)


def test_seed_003(seeds: dict[str, list[tuple[str, str, bool]]]) -> None:
    dates = seeds["003"]
    assert ("Nel mese di novembre", "2025-11", True) in dates
    assert ("il 6 dicembre", "2025-12-06", False) in dates
    assert not any("punti" in text or "giorni" in text for text, _, _ in dates)


def test_seed_000_and_004(seeds: dict[str, list[tuple[str, str, bool]]]) -> None:
    assert ("30 novembre 2025", "2025-11-30", False) in seeds["000"]
    assert ("nel 2025", "2025", False) in seeds["000"]
    assert ("6 dicembre 2025", "2025-12-06", False) in seeds["004"]
    assert not any("00:38" in text for text, _, _ in seeds["004"])


def test_a_capitalised_day_word_after_a_datelines_dash_is_a_date() -> None:
    # "Italia Oggi" is an outlet, but after the dateline's dash the word opens the text.
    assert ("Ieri sera", "2025-12-03", True) in found(
        "Tallinn, 4 dicembre 2025 – Ieri sera i delegati hanno firmato.", "2025-12-04"
    )
    assert found("TALLINN – Oggi si vota.", "2025-12-04") == [("Oggi", "2025-12-04", True)]
    assert found("Lo ha scritto Italia Oggi.", "2025-12-04") == []
