"""Dutch temporal expressions, resolved against the publication date (sentences by the team)."""
import datetime as dt
import json
import os
import subprocess
import sys

import pytest

from events import dates
from events.articles import parse_date_header
from conftest import ROOT, SHARED

# (id, publication date, sentence, expression, start, end)
CASES = [
    ("month-range", "2024-06-10", "Van maart tot mei onderhandelden de diplomaten in Genève.", "Van maart tot mei",
     "2024-03-01", "2024-05-31"),
    ("month-range-across-years", "2024-06-10", "Van november tot en met februari liepen de gesprekken.",
     "Van november tot en met februari", "2023-11-01", "2024-02-29"),
    ("year-and-a-half-ago", "2024-06-10", "Anderhalf jaar geleden tekenden de twee landen een akkoord.",
     "Anderhalf jaar geleden", "2022-12-01", "2022-12-31"),
    ("week-and-a-half-ahead", "2024-06-10", "Over anderhalve week komen de ministers bijeen.", "Over anderhalve week",
     "2024-06-20", "2024-06-21"),
    # a bare year after 'terug op' (calendar.toml year_prepositions): a look back at that year
    ("year-looked-back-on", "2023-03-08", "Het boek kijkt terug op 1989, toen de muur viel.", "terug op 1989",
     "1989-01-01", "1989-12-31"),
    ("yesterday", "2023-03-08", "Gisteren sprak de premier met de Poolse president.", "Gisteren", "2023-03-07", "2023-03-07"),
    ("this-morning", "2023-03-08", "Vanmorgen landde de minister in Warschau.", "Vanmorgen", "2023-03-08", "2023-03-08"),
    ("last-night", "2023-03-08", "Vannacht werd de grenspost aangevallen.", "Vannacht", "2023-03-07", "2023-03-08"),
    ("past-night", "2023-03-08", "Afgelopen nacht werd de grenspost beschoten.", "Afgelopen nacht", "2023-03-07", "2023-03-08"),
    ("tomorrow", "2023-03-08", "Morgen reist de delegatie naar Genève.", "Morgen", "2023-03-09", "2023-03-09"),
    ("weekday-past", "2023-03-08", "De ministers belden maandag met elkaar.", "maandag", "2023-03-06", "2023-03-06"),
    ("weekday-same-day-past", "2023-03-08", "De gezant zei woensdag dat er vooruitgang is.", "woensdag", "2023-03-08", "2023-03-08"),
    ("weekday-future", "2023-03-08", "De ministers ontmoeten elkaar vrijdag in Oslo.", "vrijdag", "2023-03-10", "2023-03-10"),
    ("night-of-weekdays", "2023-03-08", "In de nacht van dinsdag op woensdag bereikten de partijen een akkoord.",
     "de nacht van dinsdag op woensdag", "2023-03-07", "2023-03-08"),
    ("night-of-days", "2023-03-08", "Het bestand ging in de nacht van 5 op 6 maart in.", "de nacht van 5 op 6 maart",
     "2023-03-05", "2023-03-06"),
    ("weekday-night", "2023-03-08", "Zondagnacht sprak de president met zijn Franse ambtgenoot.", "Zondagnacht",
     "2023-03-05", "2023-03-06"),
    ("in-the-weekend-past", "2023-03-08", "In het weekend spraken de ministers opnieuw met elkaar.", "In het weekend",
     "2023-03-04", "2023-03-05"),
    ("in-the-weekend-future", "2023-03-08", "De ministers spreken elkaar in het weekend opnieuw.", "in het weekend",
     "2023-03-11", "2023-03-12"),
    ("last-year-month", "2023-03-08", "Vorig jaar oktober zette Japan de handelsbeperkingen stop.", "Vorig jaar oktober",
     "2022-10-01", "2022-10-31"),
    ("next-year-month", "2023-03-08", "Volgend jaar juni komen de leiders opnieuw bijeen.", "Volgend jaar juni",
     "2024-06-01", "2024-06-30"),
    ("weekday-part", "2023-03-08", "Dinsdagavond belde de kanselier met Kiev.", "Dinsdagavond", "2023-03-07", "2023-03-07"),
    # a date named with its weekday: the year in which that day is that weekday, whatever the tense picked
    ("weekday-date-said-of-a-future", "2023-03-08", "Maandag 6 maart waarschuwt de minister dat het leger zal ingrijpen.",
     "Maandag 6 maart", "2023-03-06", "2023-03-06"),
    ("weekday-date-next-year", "2023-03-08", "De volgende top is op vrijdag 8 maart in Wenen.", "vrijdag 8 maart",
     "2024-03-08", "2024-03-08"),
    ("last-weekday", "2023-03-08", "Afgelopen zaterdag tekenden zij het verdrag.", "Afgelopen zaterdag", "2023-03-04", "2023-03-04"),
    # the dot after a month is the abbreviation's, never the sentence's full stop
    ("month-abbreviation-dot", "2023-03-08", "Het verdrag werd op 2 mrt. getekend.", "2 mrt.", "2023-03-02", "2023-03-02"),
    ("month-at-sentence-end", "2023-03-08", "Het verdrag werd getekend op 2 maart.", "2 maart", "2023-03-02", "2023-03-02"),
    ("next-week-weekday", "2023-03-08", "Volgende week donderdag begint de top.", "Volgende week donderdag", "2023-03-16", "2023-03-16"),
    ("last-week", "2023-03-08", "Vorige week ontmoetten de leiders elkaar.", "Vorige week", "2023-02-27", "2023-03-05"),
    ("end-of-last-week", "2023-03-08", "Eind vorige week vloog de gezant naar Riyad.", "Eind vorige week", "2023-03-03", "2023-03-05"),
    ("weekend", "2023-03-08", "Afgelopen weekend spraken de onderhandelaars opnieuw.", "Afgelopen weekend", "2023-03-04", "2023-03-05"),
    ("coming-weekend", "2023-03-08", "Komend weekend praten de ministers verder.", "Komend weekend", "2023-03-11", "2023-03-12"),
    ("coming-weekend-on-saturday", "2023-03-11", "Het komende weekend praten de ministers verder.", "Het komende weekend", "2023-03-18", "2023-03-19"),
    ("next-weekend", "2023-03-08", "Volgend weekend praten de ministers verder.", "Volgend weekend", "2023-03-18", "2023-03-19"),
    ("coming-year", "2023-03-08", "Komend jaar wordt het verdrag getekend.", "Komend jaar", "2024-01-01", "2024-12-31"),
    ("day-month-last-year", "2023-03-08", "Op 24 februari vorig jaar viel Rusland Oekraïne binnen.", "24 februari vorig jaar", "2022-02-24", "2022-02-24"),
    ("day-month-next-year", "2023-03-08", "De top wordt op 12 juni volgend jaar gehouden.", "12 juni volgend jaar", "2024-06-12", "2024-06-12"),
    ("yesterday-evening-long", "2023-03-08", "Gisterenavond belde de premier met Kiev.", "Gisterenavond", "2023-03-07", "2023-03-07"),
    ("second-half-of-month", "2023-05-10", "In de tweede helft van april sprak hij met Poetin.", "de tweede helft van april", "2023-04-16", "2023-04-30"),
    ("first-week-of-month", "2023-05-10", "In de eerste week van juni volgt een nieuw gesprek.", "de eerste week van juni", "2023-06-01", "2023-06-07"),
    ("last-week-of-month", "2023-05-10", "In de laatste week van april tekenden zij het akkoord.", "de laatste week van april", "2023-04-24", "2023-04-30"),
    ("later-this-week", "2023-03-08", "Later deze week volgt een nieuw gesprek.", "Later deze week", "2023-03-09", "2023-03-12"),
    # "nog deze week": the rest of the week in the present, the part before the day in the past (calendar.toml shifts)
    ("still-this-week-ahead", "2023-03-08", "Nog deze week reist de minister naar Lima.", "Nog deze week", "2023-03-09", "2023-03-12"),
    ("still-this-week-past", "2023-03-08", "Nog deze week sprak de minister met zijn collega.", "Nog deze week", "2023-03-06", "2023-03-07"),
    ("next-month", "2023-03-08", "Volgende maand opent de ambassade opnieuw.", "Volgende maand", "2023-04-01", "2023-04-30"),
    ("begin-this-month", "2023-03-08", "Begin deze maand kwam de raad bijeen.", "Begin deze maand", "2023-03-01", "2023-03-10"),
    ("last-year", "2023-03-08", "Vorig jaar sloten de landen een gasakkoord.", "Vorig jaar", "2022-01-01", "2022-12-31"),
    ("end-of-this-year", "2023-03-08", "Eind dit jaar moet het verdrag klaar zijn.", "Eind dit jaar", "2023-10-01", "2023-12-31"),
    ("days-ago-word", "2023-03-08", "Drie dagen geleden werd de consul uitgezet.", "Drie dagen geleden", "2023-03-05", "2023-03-05"),
    # the past of a prefixed verb ("veroordeelde", "besloot"): the last Tuesday, not the next
    ("past-prefixed-weak", "2023-05-10", "Rusland veroordeelde dinsdag de nieuwe sancties.", "dinsdag", "2023-05-09", "2023-05-09"),
    ("past-prefixed-strong", "2023-05-10", "De raad besloot dinsdag tot nieuwe sancties.", "dinsdag", "2023-05-09", "2023-05-09"),
    # a vague count is an interval, never one made-up day
    ("few-days-ago", "2023-03-08", "Een paar dagen geleden werd de consul uitgezet.", "Een paar dagen geleden", "2023-03-04", "2023-03-06"),
    ("some-weeks-ago", "2023-03-08", "Enkele weken geleden sprak hij met de gezant.", "Enkele weken geleden", "2023-02-01", "2023-02-22"),
    ("in-a-few-weeks", "2023-03-08", "Over een paar weken reist hij naar Kyiv.", "Over een paar weken", "2023-03-22", "2023-04-05"),
    ("in-weeks-word", "2023-03-08", "Over drie weken stemt het parlement.", "Over drie weken", "2023-03-29", "2023-03-29"),
    ("within-months", "2023-12-15", "De buurlanden willen binnen drie maanden opnieuw bijeenkomen.", "binnen drie maanden", "2023-12-15", "2024-03-15"),
    ("within-days", "2022-11-03", "Binnen vijf dagen moeten de commandanten overleggen.", "Binnen vijf dagen", "2022-11-03", "2022-11-08"),
    ("end-of-the-year", "2019-12-10", "Eind van het jaar wordt een nieuwe top gehouden.", "Eind van het jaar", "2019-10-01", "2019-12-31"),
    ("deadline-period", "2019-12-10", "De onderhandelaars praten voor het eind van het jaar verder.", "eind van het jaar", "2019-12-10", "2019-12-31"),
    ("deadline-any", "2019-12-10", "Uiterlijk vrijdag moet er een besluit liggen.", "vrijdag", "2019-12-10", "2019-12-13"),
    # 'in' between the deadline word and the period: the same deadline
    ("deadline-any-in", "2019-12-10", "De twee ministers willen elkaar uiterlijk in februari spreken.", "februari", "2019-12-10", "2020-02-29"),
    # 'voor' a season or month without 'eind': by its first day ("uiterlijk in februari" above takes February in)
    ("deadline-before-season", "2019-12-10", "De partijen willen voor de zomer een akkoord over de grens.", "de zomer", "2019-12-10", "2020-05-31"),
    ("deadline-before-month", "2019-12-10", "De twee regeringen willen voor april een akkoord sluiten.", "april", "2019-12-10", "2020-03-31"),
    ("for-a-day-no-deadline", "2019-12-10", "Voor maandag staat een gesprek gepland.", "maandag", "2019-12-16", "2019-12-16"),
    ("deadline-past-is-none", "2019-12-10", "Ze tekenden voor eind maart een akkoord.", "eind maart", "2019-03-21", "2019-03-31"),
    ("since-year", "2023-12-08", "De verhouding is sinds 2021 slecht.", "sinds 2021", "2021-01-01", "2021-12-31"),
    ("full-date", "2023-03-08", "Het bestand ging op 2 februari 2023 in.", "2 februari 2023", "2023-02-02", "2023-02-02"),
    ("day-month-past-rollback", "2023-03-08", "Het akkoord werd op 20 november getekend.", "20 november", "2022-11-20", "2022-11-20"),
    ("day-month-future", "2023-03-08", "De top wordt op 12 juli gehouden.", "12 juli", "2023-07-12", "2023-07-12"),
    ("day-month-rollover", "2023-12-28", "De nieuwe regering treedt op 4 januari aan.", "4 januari", "2024-01-04", "2024-01-04"),
    ("range", "2023-03-08", "De NAVO-top vindt plaats op 11 en 12 juli in Vilnius.", "11 en 12 juli", "2023-07-11", "2023-07-12"),
    ("month-past", "2023-03-08", "In november zegde het land steun toe.", "In november", "2022-11-01", "2022-11-30"),
    ("month-current-future", "2023-03-08", "In maart wordt een nieuw pakket verwacht.", "In maart", "2023-03-01", "2023-03-31"),
    ("end-of-month", "2023-03-08", "Eind januari bereikten zij een akkoord.", "Eind januari", "2023-01-21", "2023-01-31"),
    ("mid-month", "2023-03-08", "Medio februari werden de gesprekken hervat.", "Medio februari", "2023-02-11", "2023-02-20"),
    ("season-last", "2023-03-08", "Afgelopen winter vroeg Kiev om meer luchtafweer.", "Afgelopen winter", "2022-12-01", "2023-02-28"),
    ("season-coming", "2023-03-08", "Komende zomer volgt een nieuwe top.", "Komende zomer", "2023-06-01", "2023-08-31"),
    ("quarter", "2023-03-08", "In het tweede kwartaal van 2023 wordt het verdrag getekend.", "tweede kwartaal van 2023", "2023-04-01", "2023-06-30"),
    ("coming-weeks", "2023-03-08", "De komende weken gaan de gesprekken door.", "De komende weken", "2023-03-09", "2023-04-05"),
    # a range of numbers: up to the larger one
    ("coming-range", "2023-03-08", "Chili levert de komende twee tot drie maanden graan aan Peru.",
     "de komende twee tot drie maanden", "2023-03-09", "2023-06-06"),
    ("month-only-yesterday", "2023-03", "Gisteren belde de president met zijn Turkse collega.", "Gisteren", "2023-02-28", "2023-03-30"),
    ("month-only-absolute", "2023-03", "Op 28 februari werd het akkoord getekend.", "28 februari", "2023-02-28", "2023-02-28"),
    # a day of the publication's own month is that month, whichever day of it the article appeared
    ("month-only-same-month-past", "2023-03", "Op 16 maart ontmoetten de twee leiders elkaar.", "16 maart", "2023-03-16", "2023-03-16"),
    ("month-only-same-month-future", "2023-03", "Op 16 maart ontmoeten de twee leiders elkaar.", "16 maart", "2023-03-16", "2023-03-16"),
    ("month-only-later-month-past", "2023-03", "Op 16 april ontmoetten de twee leiders elkaar.", "16 april", "2022-04-16", "2022-04-16"),
    ("weekday-with-date", "2023-03-08", "Dinsdag 14 maart reist de minister af.", "Dinsdag 14 maart", "2023-03-14", "2023-03-14"),
    ("iso", "2023-03-08", "Het persbericht van 2023-03-01 noemt geen datum voor de top.", "2023-03-01", "2023-03-01", "2023-03-01"),
    # "het weekend van 12 en 13 juli": the dates that follow, not this week's weekend
    ("weekend-of-dates", "2023-03-08", "In het weekend van 15 en 16 juli komen de ministers bijeen.", "van 15 en 16 juli",
     "2023-07-15", "2023-07-16"),
    # "afgelopen" is a weekend that is over: in a Saturday or Sunday paper the one before
    ("past-weekend-on-saturday", "2023-03-11", "Afgelopen weekend spraken de onderhandelaars opnieuw.", "Afgelopen weekend",
     "2023-03-04", "2023-03-05"),
    ("past-weekend-on-sunday", "2023-03-12", "Het afgelopen weekend spraken de onderhandelaars opnieuw.",
     "Het afgelopen weekend", "2023-03-04", "2023-03-05"),
    # with an article a singular unit after afgelopen/komende counts from the reference day
    ("the-past-year", "2023-07-20", "Het afgelopen jaar leverde het land veel granaten.", "Het afgelopen jaar",
     "2022-07-20", "2023-07-19"),
    ("past-year-no-article", "2023-02-10", "Afgelopen jaar leverde het land veel granaten.", "Afgelopen jaar",
     "2022-01-01", "2022-12-31"),
    ("the-bygone-year", "2023-07-20", "Het voorbije jaar sprak de gezant vaak met Teheran.", "Het voorbije jaar",
     "2022-07-20", "2023-07-19"),
    ("the-past-month", "2023-03-20", "De afgelopen maand spraken de diplomaten elke week.", "De afgelopen maand",
     "2023-02-20", "2023-03-19"),
    ("the-past-week", "2023-03-10", "De afgelopen week belde de premier twee keer met Kiev.", "De afgelopen week",
     "2023-03-03", "2023-03-09"),
    ("the-coming-week", "2023-03-13", "De komende week praten de delegaties verder.", "De komende week",
     "2023-03-14", "2023-03-20"),
    ("the-coming-year", "2023-03-08", "Het komende jaar wil de regering twee toppen houden.", "Het komende jaar",
     "2023-03-09", "2024-03-08"),
    ("the-past-two-years", "2023-03-08", "De afgelopen twee jaar stuurde het land tanks en munitie.",
     "De afgelopen twee jaar", "2021-03-08", "2023-03-07"),
    ("the-coming-three-years", "2023-03-08", "De komende drie jaar krijgt het leger jaarlijks steun.",
     "De komende drie jaar", "2023-03-09", "2026-03-08"),
    # ranges across months; 'en' only after 'tussen'
    ("range-across-months", "2023-05-10", "Van 29 mei tot en met 2 juni overleggen de delegaties in Wenen.",
     "Van 29 mei tot en met 2 juni", "2023-05-29", "2023-06-02"),
    ("range-between-months", "2023-05-10", "Tussen 28 april en 3 mei spraken de gezanten dagelijks.",
     "Tussen 28 april en 3 mei", "2023-04-28", "2023-05-03"),
    ("range-over-new-year", "2023-01-10", "Van 29 december tot 2 januari reisde de minister door de Golf.",
     "Van 29 december tot 2 januari", "2022-12-29", "2023-01-02"),
    ("range-across-with-year", "2023-01-10", "Van 20 december tot 3 januari 2024 is de grens dicht.",
     "Van 20 december tot 3 januari 2024", "2023-12-20", "2024-01-03"),
    # weekdays from one to another: one interval from the first day on (2023-05-10 is a Wednesday)
    ("weekday-range-ahead", "2023-05-10", "Van vrijdag tot en met maandag vergaderen de ministers in Oslo.",
     "Van vrijdag tot en met maandag", "2023-05-12", "2023-05-15"),
    ("weekday-range-past", "2023-05-10", "Van maandag tot dinsdag waren de gezanten in Doha.",
     "Van maandag tot dinsdag", "2023-05-08", "2023-05-09"),
    # a season of a year named relative to the reference ("het najaar van vorig jaar"): one expression
    ("season-of-last-year", "2023-03-08", "In het najaar van vorig jaar sprak hij met de Turkse president.",
     "het najaar van vorig jaar", "2022-09-01", "2022-11-30"),
    ("season-of-next-year", "2023-03-08", "In de zomer van volgend jaar komen de leiders opnieuw bijeen.",
     "de zomer van volgend jaar", "2024-06-01", "2024-08-31"),
    # a direction after a weekday: "maandag jongstleden", "vrijdag a.s."
    ("weekday-jl", "2023-03-08", "Maandag jl. tekenden de ministers het protocol.", "Maandag jl.", "2023-03-06", "2023-03-06"),
    ("weekday-aanstaande", "2023-03-08", "Vrijdag aanstaande praten de delegaties verder.", "Vrijdag aanstaande",
     "2023-03-10", "2023-03-10"),
    ("weekday-as-same-day", "2023-03-10", "Vrijdag a.s. praten de delegaties verder.", "Vrijdag a.s.",
     "2023-03-17", "2023-03-17"),
    ("date-jongstleden", "2023-03-08", "Op 20 maart jongstleden werd het verdrag getekend.", "20 maart jongstleden",
     "2022-03-20", "2022-03-20"),
    # "de tweede helft van het jaar": of this year
    ("half-of-the-year", "2023-03-08", "In de tweede helft van het jaar volgt een nieuwe top.",
     "de tweede helft van het jaar", "2023-07-01", "2023-12-31"),
    # 'voor' after a word of scheduling names the period set, not a deadline before it
    ("scheduled-for-month", "2023-03-08", "Een nieuwe top staat voor juli op de agenda in Vilnius.", "juli",
     "2023-07-01", "2023-07-31"),
    ("planned-for-season", "2023-03-08", "De top is gepland voor het najaar.", "het najaar", "2023-09-01", "2023-11-30"),
    ("set-for-month-after", "2023-03-08", "De ministersbijeenkomst is voor mei voorzien.", "mei", "2023-05-01", "2023-05-31"),
    # ... and a deadline 'voor' a season is its first day: done before the summer begins, not by its end
    ("deadline-season", "2023-03-08", "Het akkoord moet voor de zomer rond zijn.", "de zomer", "2023-03-08", "2023-05-31"),
    # 'na' a season: the season after it, not the season itself
    ("after-season", "2023-03-08", "Na de zomer komen de ministers opnieuw bijeen.", "Na de zomer", "2023-09-01", "2023-11-30"),
    ("after-season-past", "2023-12-08", "Na de zomer sprak de Chileense minister met zijn Peruaanse collega.", "Na de zomer",
     "2023-09-01", "2023-11-30"),
    # the turn of the year
    ("turn-of-year", "2023-02-08", "Rond de jaarwisseling spraken de presidenten met elkaar.", "jaarwisseling",
     "2022-12-31", "2023-01-01"),
    ("new-years-eve-day", "2023-02-08", "Op oudejaarsdag tekenden de landen het protocol.", "oudejaarsdag",
     "2022-12-31", "2022-12-31"),
    # "de nacht naar zondag": the night into that day, both days
    ("night-into", "2018-07-20", "Zij werd in de nacht naar zondag het land uitgezet.", "de nacht naar zondag",
     "2018-07-14", "2018-07-15"),
    # moveable feasts, from Easter Sunday of their year: "Pasen" the Easter weekend (Good Friday to Easter Monday)
    ("easter-past", "2018-04-27", "Rond Pasen sprak de minister in het geheim met de leider.", "Pasen",
     "2018-03-30", "2018-04-02"),
    ("easter-last-year", "2024-02-08", "Met Pasen sprak de minister in het geheim met de leider.", "Pasen",
     "2023-04-07", "2023-04-10"),
    ("good-friday-not-a-friday", "2024-04-10", "Op Goede Vrijdag belde Biden met Netanyahu.", "Goede Vrijdag",
     "2024-03-29", "2024-03-29"),
    ("pentecost-ahead", "2025-05-02", "Met Pinksteren komen de ministers opnieuw bijeen.", "Pinksteren",
     "2025-06-08", "2025-06-09"),
    ("ascension-with-year", "2023-02-08", "Op Hemelvaartsdag 2021 tekenden de landen het protocol.", "Hemelvaartsdag 2021",
     "2021-05-13", "2021-05-13"),
]

# expressions that are no dates: durations, counts, names, amounts
NEGATIVES = [
    ("duration", "De gesprekken duurden twee dagen lang."),
    ("count", "Alle 27 lidstaten moeten instemmen."),
    ("summit-name", "De G20-top bracht weinig op."),
    ("article", "Artikel 5 van het verdrag geldt voor alle bondgenoten."),
    ("money", "De EU trekt 2,5 miljard euro uit voor de wederopbouw."),
    ("soldiers", "Er staan 2000 soldaten aan de grens."),
    ("resolution", "Resolutie 2334 werd aangenomen door de Veiligheidsraad."),
    ("mornings", "Hij wandelt 's morgens door het park."),
    ("within-past", "De gezant keerde binnen twee weken terug naar Caïro."),  # within weeks of another moment
    ("years-vague", "De landen werkten de afgelopen jaren nauw samen."),  # no number: no interval to give
    ("next-day", "De gezant keerde de volgende dag terug naar Caïro."),  # counted from an event told, not today
    ("to-this-day", "Die grens is tot op de dag van vandaag omstreden."),  # up to now, no day of an event
    ("to-this-day-short", "Het verdrag geldt tot vandaag."),
    ("week-of-an-event", "Aan het eind van de week van het bezoek tekenden de twee landen een communiqué."),
    # a span put to use, the object of 'benutten'/'gebruiken' (calendar.toml unit_used)
    ("span-put-to-use", "De ministers riepen Teheran op de laatste drie maanden te benutten voor overleg."),
    ("span-to-be-used", "Brussel zou de komende weken moeten gebruiken om de lidstaten te overtuigen."),
]


@pytest.mark.parametrize("cid,dct,text,expr,start,end", CASES, ids=[c[0] for c in CASES])
def test_expression(cid, dct, text, expr, start, end):
    found = dates.find(text, parse_date_header(dct))
    hits = [t for t in found if expr.lower() in t.text.lower() or t.text.lower() in expr.lower()]
    assert hits, f"{expr!r} not found in {text!r}: {found}"
    assert (hits[0].start.isoformat(), hits[0].end.isoformat()) == (start, end)


@pytest.mark.parametrize("cid,text", NEGATIVES, ids=[c[0] for c in NEGATIVES])
def test_not_a_date(cid, text):
    assert dates.find(text, parse_date_header("2023-03-08")) == []


@pytest.mark.parametrize("text,spans", [
    ("In het weekend van 15 en 16 juli komen de ministers bijeen.", [("2023-07-15", "2023-07-16")]),
    ("Op 28 februari en 2 maart spraken de ministers elkaar.", [("2023-02-28", "2023-02-28"), ("2023-03-02", "2023-03-02")]),
])
def test_expressions_one_or_several(text, spans):
    """One weekend named by its dates is one expression; two days joined by 'en' without 'tussen' are two."""
    found = dates.find(text, parse_date_header("2023-03-08"))
    assert [(t.start.isoformat(), t.end.isoformat()) for t in found] == spans


def test_month_only_publication_never_invents_a_day():
    for text in ("Gisteren sprak hij met Biden.", "Vandaag spreekt hij met Biden.", "Woensdag belde hij."):
        for t in dates.find(text, parse_date_header("2023-03")):
            assert t.precision == "month" and (t.end - t.start).days >= 27


def test_no_publication_date_gives_no_dates():
    assert dates.find("Gisteren sprak hij met Biden.", None) == []


@pytest.mark.parametrize("text,tense", [
    ("De delegaties spraken vrijdag met elkaar.", "past"),
    ("De ministers zullen vrijdag spreken.", "future"),
    ("Het akkoord is gisteren getekend.", "past"),
    ("De onderhandelaars landden in Doha.", "past"),
    # weak past forms whose stem is spelled otherwise than the infinitive's
    ("Daarnaast presenteerden de ministers een gezamenlijk plan.", "past"),
    ("De gezant reisde met een kleine delegatie naar Caïro.", "past"),
    ("De ministers presenteren een gezamenlijk plan.", "present"),
    # a long vowel written double in the past form, single in the infinitive (duurde ~ duren)
    ("Het overleg in de ambassade duurde ruim twee uur.", "past"),
    ("De regering maakte het besluit pas na het overleg bekend.", "past"),
    ("Het kabinet haalde de banden met Marokko aan.", "past"),
    ("Het overleg duurt nog tot vrijdag.", "present"),
    # participles without ge- after "is"/"zijn"
    ("De minister is vandaag in Peking ontvangen door de president.", "past"),
    ("De onderhandelingen zijn vandaag hervat.", "past"),
    ("Hij wil zijn collega morgen ontvangen.", "future"),
    # participles of separable verbs with a particle of more than one syllable or a noun as particle
    ("Chili en Bolivia zijn zondag een wapenstilstand overeengekomen.", "past"),
    ("De ministers van de Golfstaten zijn in Doha bijeengekomen.", "past"),
    ("De eerste hulpkonvooien zijn vanochtend de grensstad binnengekomen.", "past"),
    # 'zijn' after a present with such a prefix and before a noun is the possessive, not the auxiliary
    ("De Belgische premier ontvangt zijn Franse ambtgenoot in Brussel.", "present"),
    ("De kanselier bezoekt zijn collega in Warschau.", "present"),
    # the possessive after the subject of an inverted clause ("Vandaag ontvangt de ... minister zijn collega")
    ("Vandaag ontvangt de Poolse minister van Defensie in Krakau zijn Litouwse collega.", "present"),
    ("De minister meldt dat de doelen bereikt zijn.", "past"),
    ("De kanselier bezoekt zijn collega, die vorige week is benoemd.", "past"),
    # plural forms that are present and past alike, also after a particle
    ("Beide presidenten schudden elkaar in Argyle de hand.", "either"),
    ("Het is duidelijk dat de landen elkaars diplomaten uitzetten.", "either"),
    ("De landen zetten elkaars diplomaten uit.", "either"),
    ("De landen zetten volgende week elkaars diplomaten uit.", "future"),
    ("De landen zetten gisteren elkaars diplomaten uit.", "past"),
    # strong past forms listed in tense.toml
    ("De Amerikaanse president schoof aan bij de top van de Golfstaten.", "past"),
    ("De minister ontbood de Russische ambassadeur.", "past"),
    ("De Franse minister drong aan op een staakt-het-vuren.", "past"),
    ("De Turkse president goot met zijn toespraak olie op het vuur.", "past"),
    ("De schade aan de ambassade bedroeg enkele miljoenen euro.", "past"),
    ("Het overleg in Genève verliep moeizaam.", "past"),
    ("Zondag las de minister het rapport over de onderhandelingen.", "past"),
    ("De bevroren tegoeden blijven in Europa.", "present"),
    # 'een volgende' beside a simple past form is a further one, no future; with a perfect it stays future
    ("Op een volgende top, op 2 april, deed Chili een voorstel.", "past"),
    ("Bij een volgend overleg tekenden beide landen het akkoord.", "past"),
    ("Er is nog geen datum vastgesteld voor een volgende top.", "future"),
    ("De volgende top wordt in Santiago gehouden.", "future"),
    # 'later' after a unit in a clause of a simple past form counts on from a day told before
    ("Drie dagen later sprak de premier in Wenen met zijn Oostenrijkse ambtgenoot.", "past"),
    ("Een week later ondertekenden beide ministers het verdrag.", "past"),
    ("Een dag later reist de minister door naar Tokio.", "future"),
    ("De minister reist later deze week naar Tokio.", "future"),
])
def test_tense(text, tense):
    assert dates.tense_of(text) == tense


# (sentence, publication date, the day its bare weekday is): a form that is present and past alike
# gives the nearer of the last and the next such weekday
@pytest.mark.parametrize("text,pub,day", [
    ("Maduro en Ali schudden elkaar donderdag de hand.", "2023-12-15", "2023-12-14"),   # a Friday report
    ("De landen zetten zaterdag elkaars diplomaten uit.", "2024-10-14", "2024-10-12"),  # a Monday report
    ("De landen zetten donderdag elkaars diplomaten uit.", "2024-10-14", "2024-10-17"),  # three days ahead
    ("De ministers spreken donderdag in Brussel.", "2023-12-15", "2023-12-21"),          # present: the next
])
def test_a_weekday_with_a_form_of_either_tense_is_the_nearer_one(text, pub, day):
    iv = dates.find(text, parse_date_header(pub))[0]
    assert (iv.start.isoformat(), iv.end.isoformat()) == (day, day)


def test_a_day_and_month_after_een_volgende_in_the_past_is_the_last_one():
    iv = dates.find("Op een volgende top, op 2 april, deed Chili een voorstel.", parse_date_header("2024-04-20"))[0]
    assert (iv.start.isoformat(), iv.end.isoformat()) == ("2024-04-02", "2024-04-02")


def test_a_holiday_in_quotes_is_a_name_not_the_day():
    """The name someone gave a day ('wat hij "Bevrijdingsdag" noemde') dates nothing; the holiday itself does."""
    found = dates.find("Op 3 april kondigde de president aan wat hij 'Bevrijdingsdag' noemde.", parse_date_header("2025-06-01"))
    assert [(iv.start.isoformat(), iv.end.isoformat()) for iv in found] == [("2025-04-03", "2025-04-03")]
    iv = dates.find("Op Bevrijdingsdag sprak de koning.", parse_date_header("2025-06-01"))[0]
    assert iv.start.isoformat() == "2025-05-05"


BENCH = os.path.join(SHARED, "bench", "timex-nl", "dev.jsonl")


@pytest.mark.skipif(not os.path.exists(BENCH), reason="../shared/bench/timex-nl is not beside the repository")
def test_timex_benchmark_floor(tmp_path):
    out = subprocess.run([sys.executable, "-m", "events", "timex", "--batch", BENCH], cwd=ROOT,
                         capture_output=True, text=True, check=True).stdout
    pred = tmp_path / "timex.jsonl"
    pred.write_text(out, encoding="utf-8")
    res = subprocess.run([sys.executable, os.path.join(SHARED, "eval", "score_timex.py"), BENCH, str(pred)],
                         capture_output=True, text=True, check=True).stdout
    score = json.loads(res.strip().splitlines()[0])
    assert score["exact"] >= 0.90 and score["false_dates"] == 0, score


def test_lowering_texts_in_many_threads_at_once_gives_each_its_own_lower_case():
    """Dask's in-process workers extract in threads of one process and share the memo of lowered
    texts: one thread evicting its oldest entry while another adds must not fail or mix texts."""
    import threading
    from events import dates as d
    failures = []

    def work(n):
        try:
            for i in range(3000):
                text = f"Op Dinsdag {n}-{i} sprak de Minister"
                if d.lowered(text) != (text.lower(), True):
                    failures.append(text)
        except Exception as exc:  # a dict changed during iteration, a key deleted twice
            failures.append(repr(exc))

    import sys
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as the interpreter can: the race shows
    try:
        threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    finally:
        sys.setswitchinterval(interval)
    assert not failures


def test_a_weekday_after_a_strong_past_form_is_the_last_one():
    """'goot dinsdag olie op het vuur' in a Thursday paper: the Tuesday before, not the next (a strong past
    form the list did not know left the sentence present, and its weekday a week ahead)."""
    iv = dates.find("De Turkse president goot dinsdag olie op het vuur.", parse_date_header("2023-09-21"))[0]
    assert (iv.start.isoformat(), iv.end.isoformat()) == ("2023-09-19", "2023-09-19")
