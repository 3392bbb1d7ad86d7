"""Diplomatic events from Dutch news on a timeline: `streamlit run dashboard.py`.

This file only wires the page: load -> filter -> draw. The logic lives in events/store.py
(loading) and events/view/ (filters, figures, table, details, uploads). EVENTS_DATA=<file.jsonl
or .parquet> shows that event file instead of the bundled corpus.
"""
from __future__ import annotations

import threading
from typing import NamedTuple

import streamlit as st

from events import store
from events.view import details, figures, filters, labels, table, uploads

st.set_page_config(page_title="Diplomatieke gebeurtenissen", page_icon="🕊️", layout="wide")
PLOTLY_CONFIG = {**labels.plotly_config(), "scrollZoom": True}


@st.cache_resource(show_spinner=False, max_entries=2)
def extraction(key: str) -> dict:
    """A box per corpus hash for the extraction's result. Filled outside the cached function:
    Streamlit would otherwise record and replay the progress bar drawn while extracting."""
    return {"lock": threading.Lock()}


@st.cache_resource(show_spinner=False, max_entries=3)
def indexed_file(key: str, path: str) -> store.Store:
    return store.load(path)


@st.cache_resource(show_spinner=False, max_entries=4)
def indexed_events(key: str, per_article: bool, _events, _warnings) -> store.Store:
    from events.export import events_table
    return store.build_store(events_table(_events), _warnings)


@st.cache_resource(show_spinner=False, max_entries=4)
def indexed_table(key: str, _table, _warnings) -> store.Store:
    """An event file's table with uploaded events added, indexed."""
    return store.build_store(_table, _warnings)


@st.cache_resource(show_spinner=False, max_entries=2)
def shared_uploads(key: str) -> tuple[list[dict], list[str]]:
    """The shared upload folder's events, extracted once per content."""
    return uploads.extract_shared()


@st.cache_resource(show_spinner=False, max_entries=8)
def session_uploads(key: str, _files) -> tuple[list[dict], list[str]]:
    """Keyed on the files' content: only a visitor who sent these very files gets this entry."""
    return uploads.extract(_files)


@st.cache_resource(show_spinner=False)
def lexicon():
    return store.load_names(), store.load_aliases()


@st.cache_resource(show_spinner=False, max_entries=4)
def titles(key: str, per_article: bool, _data: store.Store) -> dict[str, str]:
    return filters.article_titles(_data)


def corpus_events(source: store.Source) -> tuple[list[dict], list[dict], list[str]]:
    """(per-article events, merged events, warnings) of the corpus, extracted once per content."""
    slot = st.empty()

    def progress(done: int, total: int) -> None:
        slot.progress(done / max(total, 1), text=f"Artikelen lezen: {done} van {total}")

    box = extraction(source.key)
    with box["lock"]:
        if "result" not in box:
            with st.spinner("Gebeurtenissen worden uit de artikelen gehaald…"):
                box["result"] = store.extract_corpus(source.path, progress=progress)
    slot.empty()
    return box["result"]


def added_articles(files) -> tuple[list[dict], list[str], str]:
    """Per-article events of this visitor's files and of the shared uploads, notes, and their key."""
    session, notes = uploads.receive(files)
    events, key = [], ""
    if session:
        key = uploads.digest(session)
        events, warnings = session_uploads(key, session)
        notes += warnings + [uploads.summary(events, len(session))]
    shared = uploads.shared_files()
    if shared:
        shared_key = store.content_key(shared)
        found, warnings = shared_uploads(shared_key)
        events, notes, key = events + found, notes + warnings, key + shared_key
    return events, notes, key


class Loaded(NamedTuple):
    """The events to show, whether a merged and a per-article view both exist, notes, cache key."""
    data: store.Store
    merged_available: bool
    notes: list[str]
    key: str


def load(source: store.Source, per_article: bool, files) -> Loaded:
    """The source's events together with the shared uploads and this visitor's files."""
    extra, notes, extra_key = added_articles(files)
    key = source.key + extra_key
    if source.kind == "file":
        with st.spinner("Gebeurtenissen worden geladen…"):
            data = indexed_file(source.key, source.path)
        extra, clashes = uploads.new_articles(extra, set(data.article_codes) if extra else set())
        if extra:
            data = indexed_table(key, uploads.appended_table(data.table, extra, merge=True), data.warnings)
        return Loaded(data, False, notes + clashes, key)
    events, merged, warnings = corpus_events(source)
    show_merged = bool(merged) and not per_article
    known = {a for e in events for a in e.get("article_ids") or []} if extra else set()
    extra, clashes = uploads.new_articles(extra, known)
    if extra:
        events = uploads.combined_events(events, extra, merge=show_merged)
    data = indexed_events(key, not show_merged, events if extra or not show_merged else merged, warnings)
    return Loaded(data, bool(merged), notes + clashes, key)


def url_params() -> dict[str, list[str]]:
    return {k: st.query_params.get_all(k) for k in st.query_params.keys()}


def seed_from_url(data: store.Store, names) -> None:
    """On a session's first run, set every filter widget from the URL."""
    if st.session_state.get("seeded"):
        return
    f = filters.from_params(url_params())
    groups = filters.actor_options(data, names)
    st.session_state.update(
        f_land=[a for a in f.actors if a in groups["land"]],
        f_org=[a for a in f.actors if a in groups["organisatie"]],
        f_mode=f.mode, f_types=list(f.types), f_status=list(f.statuses), f_from=f.start,
        f_to=f.end, f_text=f.text, f_article=f.article, f_lane=f.lane, f_links=f.links,
        f_per_article=f.per_article, event=f.event, seeded=True)


def reset_filters() -> None:
    st.session_state.update(f_land=[], f_org=[], f_mode="any", f_types=[], f_from=None, f_to=None,
                            f_status=list(filters.DEFAULT_STATUSES), f_text="", f_article="", event="")


def upload_section(sb) -> list[tuple[str, bytes]]:
    """The upload widget; the visitor's files as (name, bytes)."""
    files = sb.file_uploader(
        "Artikelen toevoegen", type=[s.lstrip(".") for s in uploads.SUFFIXES], accept_multiple_files=True,
        key="uploads", max_upload_size=uploads.MAX_FILE_MB,
        help=f"Tekst (.txt met eerste regel `date JJJJ-MM-DD`), .jsonl, .json of .csv; hoogstens "
             f"{uploads.MAX_FILES} bestanden van elk {uploads.MAX_FILE_MB} MB.")
    sb.caption("Toegevoegde artikelen worden gedeeld met alle bezoekers." if uploads.shared_allowed()
               else "Toegevoegde artikelen ziet alleen u, zolang deze sessie loopt.")
    return [(f.name, f.getvalue()) for f in files or []]


def sidebar(sb, data: store.Store, names) -> None:
    """The filter widgets; their values live in st.session_state."""
    groups = filters.actor_options(data, names)
    label = lambda c: labels.name(c, names)  # noqa: E731
    sb.multiselect("Landen", groups["land"], key="f_land", format_func=label,
                   placeholder="Alle landen (typ om te zoeken)")
    sb.multiselect("Organisaties", groups["organisatie"], key="f_org", format_func=label,
                   placeholder="Alle organisaties (typ om te zoeken)")
    sb.radio("Gebeurtenissen met", filters.MODES, key="f_mode", horizontal=True,
             format_func={"any": "één van deze", "all": "al deze samen"}.get)
    sb.multiselect("Soort gebeurtenis", list(labels.TYPE_NL), key="f_types",
                   format_func=labels.TYPE_NL.get, placeholder="Alle soorten")
    sb.multiselect("Status", list(labels.STATUS_NL), key="f_status",
                   format_func=labels.STATUS_NL.get, placeholder="Alle statussen")
    c1, c2 = sb.columns(2)
    c1.date_input("Van", key="f_from", format="DD-MM-YYYY", min_value=filters.MIN_DATE,
                  max_value=filters.MAX_DATE)
    c2.date_input("Tot en met", key="f_to", format="DD-MM-YYYY", min_value=filters.MIN_DATE,
                  max_value=filters.MAX_DATE)
    sb.text_input("Zoek in de bewijszinnen", key="f_text", placeholder="bijv. graan")
    few = len(data.article_codes) <= 2000  # titles are read only for a short list
    articles = titles(st.session_state.get("data_key", ""), bool(st.session_state.get("f_per_article")), data) \
        if few else {}
    if few:
        options = [""] + sorted(articles)
        if st.session_state.get("f_article") not in options:
            st.session_state["f_article"] = ""
        sb.selectbox("Artikel", options, key="f_article",
                     format_func=lambda a: "Alle artikelen" if not a else f"{a}: {articles.get(a, '')}"[:90])
    else:
        sb.text_input("Artikel (id)", key="f_article")
    sb.button("Alle filters wissen", on_click=reset_filters)


def period_slider(data: store.Store) -> None:
    """A range slider over all dates; it moves the same dates as the sidebar's Van / Tot en met."""
    span = filters.date_span(data)
    if span is None or span[0] == span[1]:
        return
    lo, hi = span
    start = min(max(st.session_state.get("f_from") or lo, lo), hi)
    end = max(min(st.session_state.get("f_to") or hi, hi), lo)
    st.session_state["f_span"] = (min(start, end), max(start, end))
    st.slider("Periode", min_value=lo, max_value=hi, key="f_span", format="DD-MM-YYYY",
              on_change=period_changed, args=(lo, hi),
              help="Versmal de periode: bij weinig gebeurtenissen tekent de tijdlijn elk punt.")


def period_changed(lo, hi) -> None:
    start, end = st.session_state["f_span"]
    st.session_state.update(f_from=None if start <= lo else start, f_to=None if end >= hi else end)


def filters_from_state(merged_available: bool) -> filters.Filters:
    s = st.session_state
    return filters.Filters(
        actors=tuple(s.get("f_land", [])) + tuple(s.get("f_org", [])), mode=s.get("f_mode", "any"),
        types=tuple(s.get("f_types", [])), statuses=tuple(s.get("f_status", [])),
        start=s.get("f_from"), end=s.get("f_to"), text=(s.get("f_text") or "").strip(),
        article=s.get("f_article") or "", lane=s.get("f_lane", "type"), links=s.get("f_links", True),
        per_article=merged_available and bool(s.get("f_per_article")), event=s.get("event", ""))


def facet_captions(sb, data: store.Store, result: filters.Result, names) -> None:
    """Counts next to the filters, under the filters that every other filter leaves."""
    chosen = list(st.session_state.get("f_land", [])) + list(st.session_state.get("f_org", []))
    for line in filters.facet_lines(data, result, names, chosen):
        sb.caption(line)


def show_event(event_id: str) -> None:
    """Show the details of `event_id` ('' closes them)."""
    st.session_state["event"] = event_id


def select_from_chart() -> None:
    points = st.session_state["timeline"].selection.get("points", [])
    ids = [p.get("customdata") for p in points if p.get("customdata") is not None]
    if ids:
        row = ids[0][0] if isinstance(ids[0], list) else ids[0]
        show_event(st.session_state["_data"].table.column("event_id")[int(row)].as_py())


def select_from_table() -> None:
    rows = st.session_state["table"].selection.get("rows", [])
    if rows:
        show_event(st.session_state["_page_ids"][rows[0]])


def main() -> None:
    """The page: sources and uploads, the filters in the sidebar, then the events."""
    st.html(labels.page_css(uploads.MAX_FILE_MB))
    st.title("Diplomatieke gebeurtenissen")
    source = store.choose_source()
    filter_box = st.sidebar.container()
    files = upload_section(st.sidebar)
    if not st.session_state.get("seeded"):
        st.session_state["f_per_article"] = filters.from_params(url_params()).per_article
    try:
        data, merged_available, notes, key = load(source, bool(st.session_state.get("f_per_article")), files)
    except Exception as exc:  # the page's error boundary: say it in Dutch, keep the details
        st.error(f"De gebeurtenissen konden niet worden geladen uit {source.label}: "
                 f"{type(exc).__name__}: {exc}")
        st.stop()
    if notes:
        st.sidebar.text("\n".join(notes))  # plain text: file names and reader warnings are not Markdown
    names, aliases = lexicon()
    st.session_state.update(_data=data, data_key=key)
    if not len(data):
        st.info(f"Er zijn nog geen gebeurtenissen in {source.label}. Voeg artikelen toe aan "
                "data/articles of wijs met EVENTS_DATA een gebeurtenissenbestand aan.")
        st.stop()
    seed_from_url(data, names)
    if merged_available:
        filter_box.toggle("Per artikel (niet samengevoegd)", key="f_per_article",
                          help="Toon elke melding apart in plaats van één gebeurtenis per voorval.")
    sidebar(filter_box, data, names)
    f = filters_from_state(merged_available)
    result = filters.apply(data, f)
    facet_captions(filter_box, data, result, names)
    params = filters.to_params(f)
    if filters.as_lists(params) != url_params():
        st.query_params.from_dict(params)
    page(data, source, f, result.rows, names, aliases)


def page(data: store.Store, source: store.Source, f: filters.Filters, rows, names, aliases) -> None:
    """The main column: what is shown, the timeline, the details and the tabs."""
    st.caption(f"Bron: {source.label} · {labels.num(len(data))} gebeurtenissen"
               + (" (samengevoegd over artikelen)" if data.merged and not f.per_article else ""))
    if data.warnings:
        with st.expander(f"Meldingen bij het inlezen ({len(data.warnings)})"):
            st.text("\n".join(data.warnings))
    st.metric("Gebeurtenissen voor deze filters", labels.num(len(rows)))
    period_slider(data)
    if not len(rows):
        st.info("Geen gebeurtenissen voor deze filters. Verruim de filters of wis ze in de zijbalk.")
        return
    c1, c2 = st.columns([3, 2])
    c1.radio("Banen per", filters.LANES, key="f_lane", horizontal=True,
             format_func={"type": "soort gebeurtenis", "actor": "actor"}.get)
    c2.toggle("Aankondiging → uitkomst", key="f_links",
              help="Een stippellijn van een aangekondigde gebeurtenis naar wat ervan terechtkwam.")
    fig, note = figures.timeline(data, rows, f.lane, names, links=f.links)
    st.caption(note)
    st.plotly_chart(fig, key="timeline", on_select=select_from_chart, selection_mode="points",
                    config=PLOTLY_CONFIG)
    event_details(data, f, names, aliases)
    tabs(data, rows, names)


def tabs(data: store.Store, rows, names) -> None:
    """Table and overviews; only the open tab runs and is drawn (the browser is the bottleneck)."""
    tab_table, tab_month, tab_pairs, tab_top = st.tabs(
        ["Tabel", "Per maand", "Wie met wie", "Meest actief"], key="tab", on_change="rerun")
    if tab_table.open is not False:
        with tab_table:
            event_table(data, rows, names)
            download_buttons(data, rows)
    if tab_month.open:
        tab_month.plotly_chart(figures.counts_by_type(data, rows, "month"), key="monthly",
                               config=PLOTLY_CONFIG)
    if tab_pairs.open:
        figure_or_empty(tab_pairs, figures.actor_matrix(data, rows, names), "pairs",
                        "Geen gebeurtenissen met een bekende bron en doel voor deze filters.",
                        "Wie ontmoette, waarschuwde of leverde aan wie: rijen zijn de bron, kolommen het doel.")
    if tab_top.open:
        figure_or_empty(tab_top, figures.top_actors(data, rows, names), "top", "Geen actoren bij deze filters.")


def figure_or_empty(tab, fig, key: str, empty: str, caption: str = "") -> None:
    """A chart in a tab, or a friendly message when the filters leave nothing to draw."""
    with tab:
        if fig is None:
            st.info(empty)
            return
        if caption:
            st.caption(caption)
        st.plotly_chart(fig, key=key, config=PLOTLY_CONFIG)


def event_details(data: store.Store, f: filters.Filters, names, aliases) -> None:
    """The chosen event in full, with buttons to the events it links to."""
    row = details.find_event(data, f.event)
    if row is None:
        st.caption("Kies een punt op de tijdlijn of een rij in de tabel om de details te zien.")
        return
    event = details.event_record(data, row)
    linked = details.links(data, event, names)
    with st.container(border=True):
        st.html(details.details_html(event, names, aliases, linked))
        buttons = st.columns(len(linked) + 1)
        for col, link in zip(buttons, linked):
            col.button(link.button, key=f"link_{link.event_id}", on_click=show_event, args=(link.event_id,),
                       disabled=link.text == details.MISSING)
        buttons[-1].button("Details sluiten", on_click=show_event, args=("",))


def event_table(data: store.Store, rows, names) -> None:
    """One page of the filtered events; choosing a row shows its details."""
    pages = max(1, -(-len(rows) // table.PAGE_SIZE))
    st.session_state["page"] = min(max(int(st.session_state.get("page", 1)), 1), pages)
    page_no = st.number_input(f"Pagina (van {labels.num(pages)}, {table.PAGE_SIZE} rijen per pagina)",
                              min_value=1, max_value=pages, step=1, key="page")
    df = table.table_page(data, rows, names, page=int(page_no) - 1)
    st.session_state["_page_ids"] = df["ID"].tolist()
    # fixed widths: the grid need not measure every cell (0.15 s less per change at 1M events)
    st.dataframe(df, key="table", on_select=select_from_table, selection_mode="single-row",
                 hide_index=True, column_config={
                     "Datum": st.column_config.DateColumn("Datum", format="DD-MM-YYYY", width=90),
                     "Tot": st.column_config.DateColumn("Tot", format="DD-MM-YYYY", width=90),
                     "Precisie": st.column_config.TextColumn("Precisie", width=70),
                     "Type": st.column_config.TextColumn("Type", width=100),
                     "Status": st.column_config.TextColumn("Status", width=90),
                     "Actoren": st.column_config.ListColumn("Actoren", width=220),
                     "Bewijs": st.column_config.TextColumn("Bewijs", width=420),
                     "Tegenspraak": st.column_config.TextColumn(
                         "Tegenspraak", width=160, help="Waarin de berichten elkaar tegenspreken"),
                     "Artikel": st.column_config.TextColumn("Artikel", width=200),
                     "Link": st.column_config.LinkColumn("Link", display_text="openen", width=70),
                     "Artikelen": st.column_config.NumberColumn("Artikelen", format="%d", width=70),
                     "ID": st.column_config.TextColumn("ID", width=150),
                 })


def download_buttons(data: store.Store, rows) -> None:
    """CSV, Dutch CSV and JSON of exactly the filtered events, built only when clicked."""
    stem = table.file_stem(data, rows)
    st.caption(f"Download precies de {labels.num(len(rows))} gefilterde gebeurtenissen "
               "(het bestand wordt pas bij het klikken gemaakt).")
    c1, c2, c3 = st.columns(3)
    c1.download_button("CSV (Excel)", data=lambda: table.csv_download(data, rows),
                       file_name=f"{stem}.csv", mime="text/csv", on_click="ignore", key="dl_csv")
    c2.download_button("CSV met puntkomma's (Nederlandse Excel)",
                       data=lambda: table.csv_download(data, rows, sep=";"),
                       file_name=f"{stem}_puntkomma.csv", mime="text/csv", on_click="ignore",
                       key="dl_csv_nl")
    c3.download_button("JSON", data=lambda: table.json_download(data, rows),
                       file_name=f"{stem}.json", mime="application/json", on_click="ignore",
                       key="dl_json")


main()
