"""What the dashboard calls, as pure functions (no Streamlit here), one concern per module:

    labels.py   Dutch words for codes and counts, and Plotly's Dutch locale (nl.toml)
    filters.py  the filters, their URL form, the rows they keep, facet counts
    figures.py  the timeline (points or counts, announcement -> outcome lines) and overviews
    table.py    one page of rows for the grid, and the downloads of every filtered row
    details.py  one event as escaped HTML, with its conflict and its links
    links.py    which event a plan led to, and which plan announced an event
    uploads.py  articles a visitor adds: limits, safe names, extraction
"""
