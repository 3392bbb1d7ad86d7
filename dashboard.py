"""Diplomatic events from Dutch news on a timeline: `streamlit run dashboard.py`.

This file only wires the page: load -> filter -> draw. The logic lives in events/store.py
(loading) and events/view.py (filters, figures, table, exports). EVENTS_DATA=<file.jsonl or
.parquet> shows that event file instead of the bundled corpus.
"""
from __future__ import annotations

import threading

import streamlit as st

from events import store, view

st.set_page_config(page_title="Diplomatieke gebeurtenissen", page_icon="🕊️", layout="wide")


@st.cache_resource(show_spinner=False, max_entries=2)
def extraction(key: str) -> dict:
    """A box per corpus hash for the extraction's result. Filled outside the cached function:
    Streamlit would otherwise record and replay the progress bar drawn while extracting."""
    return {"lock": threading.Lock()}


@st.cache_resource(show_spinner=False, max_entries=3)
def indexed_file(key: str, path: str) -> store.Store:
    return store.build_store(store.read_table(path))


@st.cache_resource(show_spinner=False, max_entries=4)
def indexed_events(key: str, per_article: bool, _events, _warnings) -> store.Store:
    from events.export import events_table
    return store.build_store(events_table(_events), _warnings)


@st.cache_resource(show_spinner=False)
def lexicon():
    return store.load_names(), store.load_aliases()


@st.cache_resource(show_spinner=False, max_entries=4)
def titles(key: str, per_article: bool, _data: store.Store) -> dict[str, str]:
    return view.article_titles(_data)


def load(source: store.Source, per_article: bool) -> tuple[store.Store, bool]:
    """The events to show, and whether a merged and a per-article view both exist."""
    if source.kind == "file":
        with st.spinner("Gebeurtenissen worden geladen…"):
            return indexed_file(source.key, source.path), False
    slot = st.empty()

    def progress(done: int, total: int) -> None:
        slot.progress(done / max(total, 1), text=f"Artikelen lezen: {done} van {total}")

    box = extraction(source.key)
    with box["lock"]:
        if "result" not in box:
            with st.spinner("Gebeurtenissen worden uit de artikelen gehaald…"):
                box["result"] = store.extract_corpus(source.path, progress=progress)
    slot.empty()
    events, merged, warnings = box["result"]
    show_merged = bool(merged) and not per_article
    data = indexed_events(source.key, not show_merged, merged if show_merged else events, warnings)
    return data, bool(merged)


def url_params() -> dict[str, list[str]]:
    return {k: st.query_params.get_all(k) for k in st.query_params.keys()}


def seed_from_url(data: store.Store, names) -> None:
    """On a session's first run, set every filter widget from the URL."""
    if st.session_state.get("seeded"):
        return
    f = view.from_params(url_params())
    groups = view.actor_options(data, names)
    st.session_state.update(
        f_land=[a for a in f.actors if a in groups["land"]],
        f_org=[a for a in f.actors if a in groups["organisatie"]],
        f_mode=f.mode, f_types=list(f.types), f_status=list(f.statuses), f_from=f.start,
        f_to=f.end, f_text=f.text, f_article=f.article, f_lane=f.lane,
        f_per_article=f.per_article, event=f.event, seeded=True)


def reset_filters() -> None:
    st.session_state.update(f_land=[], f_org=[], f_mode="any", f_types=[], f_from=None, f_to=None,
                            f_status=list(view.DEFAULT_STATUSES), f_text="", f_article="", event="")


def sidebar(data: store.Store, names) -> None:
    """The filter widgets; their values live in st.session_state."""
    sb = st.sidebar
    groups = view.actor_options(data, names)
    label = lambda c: view.name(c, names)  # noqa: E731
    sb.multiselect("Landen", groups["land"], key="f_land", format_func=label,
                   placeholder="Alle landen (typ om te zoeken)")
    sb.multiselect("Organisaties", groups["organisatie"], key="f_org", format_func=label,
                   placeholder="Alle organisaties (typ om te zoeken)")
    sb.radio("Gebeurtenissen met", view.MODES, key="f_mode", horizontal=True,
             format_func={"any": "één van deze", "all": "al deze samen"}.get)
    sb.multiselect("Soort gebeurtenis", list(view.TYPE_NL), key="f_types",
                   format_func=view.TYPE_NL.get, placeholder="Alle soorten")
    sb.multiselect("Status", list(view.STATUS_NL), key="f_status",
                   format_func=view.STATUS_NL.get, placeholder="Alle statussen")
    c1, c2 = sb.columns(2)
    c1.date_input("Van", key="f_from", format="DD-MM-YYYY", min_value=view.MIN_DATE,
                  max_value=view.MAX_DATE)
    c2.date_input("Tot en met", key="f_to", format="DD-MM-YYYY", min_value=view.MIN_DATE,
                  max_value=view.MAX_DATE)
    sb.text_input("Zoek in de bewijszinnen", key="f_text", placeholder="bijv. graan")
    articles = titles(st.session_state.get("source_key", ""),
                      bool(st.session_state.get("f_per_article")), data)
    if len(articles) <= 2000:
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
    span = view.date_span(data)
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


def filters_from_state(merged_available: bool) -> view.Filters:
    s = st.session_state
    return view.Filters(
        actors=tuple(s.get("f_land", [])) + tuple(s.get("f_org", [])), mode=s.get("f_mode", "any"),
        types=tuple(s.get("f_types", [])), statuses=tuple(s.get("f_status", [])),
        start=s.get("f_from"), end=s.get("f_to"), text=(s.get("f_text") or "").strip(),
        article=s.get("f_article") or "", lane=s.get("f_lane", "type"),
        per_article=merged_available and bool(s.get("f_per_article")), event=s.get("event", ""))


def facet_captions(data: store.Store, result: view.Result, names) -> None:
    """Counts next to the filters, under the filters that every other filter leaves."""
    sb = st.sidebar
    actors = view.counts(data, result, "actor")
    chosen = list(st.session_state.get("f_land", [])) + list(st.session_state.get("f_org", []))
    shown = chosen or sorted(actors, key=actors.get, reverse=True)[:6]
    sb.caption("Actoren: " + (" · ".join(f"{view.name(a, names)} {view.num(actors.get(a, 0))}"
                                          for a in shown) or "geen"))
    types = view.counts(data, result, "type")
    sb.caption("Soorten: " + (" · ".join(f"{view.TYPE_NL.get(t, t)} {view.num(n)}"
                                         for t, n in sorted(types.items(), key=lambda p: -p[1])) or "geen"))
    statuses = view.counts(data, result, "status")
    sb.caption("Status: " + (" · ".join(f"{label} {view.num(statuses[s])}"
                                        for s, label in view.STATUS_NL.items() if s in statuses) or "geen"))


def select_from_chart() -> None:
    points = st.session_state["timeline"].selection.get("points", [])
    ids = [p.get("customdata") for p in points if p.get("customdata") is not None]
    if ids:
        row = ids[0][0] if isinstance(ids[0], list) else ids[0]
        st.session_state["event"] = st.session_state["_data"].table.column("event_id")[int(row)].as_py()


def select_from_table() -> None:
    rows = st.session_state["table"].selection.get("rows", [])
    if rows:
        st.session_state["event"] = st.session_state["_page_ids"][rows[0]]


def main() -> None:
    st.title("Diplomatieke gebeurtenissen")
    source = store.choose_source()
    st.session_state["source_key"] = source.key
    if not st.session_state.get("seeded"):
        st.session_state["f_per_article"] = view.from_params(url_params()).per_article
    try:
        data, merged_available = load(source, bool(st.session_state.get("f_per_article")))
    except Exception as exc:  # the page's error boundary: say it in Dutch, keep the details
        st.error(f"De gebeurtenissen konden niet worden geladen uit {source.label}: "
                 f"{type(exc).__name__}: {exc}")
        st.stop()
    names, aliases = lexicon()
    st.session_state["_data"] = data
    if not len(data):
        st.info(f"Er zijn nog geen gebeurtenissen in {source.label}. Voeg artikelen toe aan "
                "data/articles of wijs met EVENTS_DATA een gebeurtenissenbestand aan.")
        st.stop()
    seed_from_url(data, names)
    if merged_available:
        st.sidebar.toggle("Per artikel (niet samengevoegd)", key="f_per_article",
                          help="Toon elke melding apart in plaats van één gebeurtenis per voorval.")
    sidebar(data, names)
    f = filters_from_state(merged_available)
    result = view.apply(data, f)
    facet_captions(data, result, names)
    params = view.to_params(f)
    if view.as_lists(params) != url_params():
        st.query_params.from_dict(params)
    rows = result.rows

    st.caption(f"Bron: {source.label} · {view.num(len(data))} gebeurtenissen"
               + (" (samengevoegd over artikelen)" if data.merged and not f.per_article else ""))
    if data.warnings:
        with st.expander(f"Meldingen bij het inlezen ({len(data.warnings)})"):
            st.text("\n".join(data.warnings))
    st.metric("Gebeurtenissen voor deze filters", view.num(len(rows)))
    period_slider(data)
    if not len(rows):
        st.info("Geen gebeurtenissen voor deze filters. Verruim de filters of wis ze in de zijbalk.")
        return

    st.radio("Banen per", view.LANES, key="f_lane", horizontal=True,
             format_func={"type": "soort gebeurtenis", "actor": "actor"}.get)
    fig, note = view.timeline(data, rows, f.lane, names)
    st.caption(note)
    st.plotly_chart(fig, key="timeline", on_select=select_from_chart, selection_mode="points",
                    config={"displaylogo": False, "scrollZoom": True})

    details(data, f, names, aliases)
    # only the open tab runs and is drawn: the browser, not the server, is the bottleneck
    tab_table, tab_month, tab_pairs, tab_top = st.tabs(
        ["Tabel", "Per maand", "Wie met wie", "Meest actief"], key="tab", on_change="rerun")
    if tab_table.open is not False:
        with tab_table:
            table(data, rows, names)
            downloads(data, rows)
    if tab_month.open:
        tab_month.plotly_chart(view.counts_by_type(data, rows, "month"), key="monthly")
    if tab_pairs.open:
        figure_or_empty(tab_pairs, view.actor_matrix(data, rows, names), "pairs",
                        "Geen gebeurtenissen met een bekende bron en doel voor deze filters.",
                        "Wie ontmoette, waarschuwde of leverde aan wie: rijen zijn de bron, kolommen het doel.")
    if tab_top.open:
        figure_or_empty(tab_top, view.top_actors(data, rows, names), "top", "Geen actoren bij deze filters.")


def figure_or_empty(tab, fig, key: str, empty: str, caption: str = "") -> None:
    """A chart in a tab, or a friendly message when the filters leave nothing to draw."""
    with tab:
        if fig is None:
            st.info(empty)
            return
        if caption:
            st.caption(caption)
        st.plotly_chart(fig, key=key)


def details(data: store.Store, f: view.Filters, names, aliases) -> None:
    row = view.find_event(data, f.event)
    if row is None:
        st.caption("Kies een punt op de tijdlijn of een rij in de tabel om de details te zien.")
        return
    with st.container(border=True):
        st.html(view.details_html(view.event_record(data, row), names, aliases))
        st.button("Details sluiten", on_click=lambda: st.session_state.update(event=""))


def table(data: store.Store, rows, names) -> None:
    pages = max(1, -(-len(rows) // view.PAGE_SIZE))
    st.session_state["page"] = min(max(int(st.session_state.get("page", 1)), 1), pages)
    page = st.number_input(f"Pagina (van {view.num(pages)}, {view.PAGE_SIZE} rijen per pagina)",
                           min_value=1, max_value=pages, step=1, key="page")
    df = view.table_page(data, rows, names, page=int(page) - 1)
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
                     "Artikel": st.column_config.TextColumn("Artikel", width=200),
                     "Link": st.column_config.LinkColumn("Link", display_text="openen", width=70),
                     "Artikelen": st.column_config.NumberColumn("Artikelen", format="%d", width=70),
                     "ID": st.column_config.TextColumn("ID", width=150),
                 })


def downloads(data: store.Store, rows) -> None:
    stem = view.file_stem(data, rows)
    st.caption(f"Download precies de {view.num(len(rows))} gefilterde gebeurtenissen "
               "(het bestand wordt pas bij het klikken gemaakt).")
    c1, c2, c3 = st.columns(3)
    c1.download_button("CSV (Excel)", data=lambda: view.csv_download(data, rows),
                       file_name=f"{stem}.csv", mime="text/csv", on_click="ignore", key="dl_csv")
    c2.download_button("CSV met puntkomma's (Nederlandse Excel)",
                       data=lambda: view.csv_download(data, rows, sep=";"),
                       file_name=f"{stem}_puntkomma.csv", mime="text/csv", on_click="ignore",
                       key="dl_csv_nl")
    c3.download_button("JSON", data=lambda: view.json_download(data, rows),
                       file_name=f"{stem}.json", mime="application/json", on_click="ignore",
                       key="dl_json")


main()
