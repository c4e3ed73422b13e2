"""Vega-Lite charts of the report, made with Altair from polars frames and drawn in the page by Vega-Embed.

Each function returns a Vega-Lite spec (a dict) with its data inline, so a page needs no file or network.
"""

import re
from functools import lru_cache

import altair as alt
import polars as pl
import vl_convert

from newsflow.tasks.core.entity_gazetteer import place_coordinates

WIDTH = "container"
LABELLED_PLACES = 12
MODALITY_ORDER = ["asserted", "reported", "future", "hypothetical", "negated"]


def rows(frame: pl.DataFrame) -> list[dict]:
    """Frame rows with dates and times as ISO strings: what a Vega-Lite spec holds inline."""
    temporal = [name for name, dtype in frame.schema.items() if dtype.is_temporal()]
    return frame.with_columns(pl.col(temporal).cast(pl.String)).to_dicts()


def spec(chart: alt.TopLevelMixin) -> dict:
    return chart.configure_view(stroke=None).to_dict(validate=False)


def documents_per_day(per_day: pl.DataFrame) -> dict:
    """Stacked bars: documents per publication day, coloured by publisher (the ten largest; the rest as 'other')."""
    largest = (
        per_day.group_by("publisher")
        .agg(pl.col("documents").sum())
        .sort("documents", "publisher", descending=[True, False])
    )
    kept = largest["publisher"].head(10).to_list()
    shown = (
        per_day.with_columns(
            pl.when(pl.col("publisher").is_in(kept)).then("publisher").otherwise(pl.lit("other")).alias("publisher")
        )
        .group_by("day", "publisher")
        .agg(pl.col("documents").sum())
        .sort("day", "publisher")
    )
    return spec(
        alt.Chart(alt.Data(values=rows(shown)), width=WIDTH, height=180)
        .mark_bar()
        .encode(
            x=alt.X("day:T", title=None),
            y=alt.Y("documents:Q", title="documents"),
            color=alt.Color("publisher:N", title="publisher"),
            tooltip=["day:T", "publisher:N", "documents:Q"],
        )
    )


def ranked_bars(frame: pl.DataFrame, category: str, value: str, title: str, href: str | None = None) -> dict:
    """Horizontal bars of `value` per `category`, largest first; with `href`, a click opens that column's link."""
    encoding = {
        "y": alt.Y(f"{category}:N", sort="-x", title=None),
        "x": alt.X(f"{value}:Q", title=title),
        "tooltip": [f"{category}:N", f"{value}:Q"],
    }
    if href:
        encoding["href"] = alt.Href(f"{href}:N")
    bars = (
        alt.Chart(alt.Data(values=rows(frame)), width=WIDTH, height=max(40, 20 * frame.height))
        .mark_bar()
        .encode(**encoding)
    )
    labels = bars.mark_text(align="left", dx=3).encode(
        text=f"{value}:Q", href=alt.value(None) if href else alt.Undefined
    )
    return spec(alt.layer(bars, labels))


def sparkline(per_day: pl.DataFrame) -> dict:
    """A line of mentions per day without axes, to sit in a table row (one day is one dot)."""
    return spec(
        alt.Chart(alt.Data(values=rows(per_day)), width=140, height=24)
        .mark_line(point=alt.OverlayMarkDef(size=12), interpolate="monotone")
        .encode(
            x=alt.X("day:T", axis=None),
            y=alt.Y("mentions:Q", axis=None),
            tooltip=["day:T", "mentions:Q"],
        )
        .properties(padding=2)
    )


def mentions_per_day(per_day: pl.DataFrame) -> dict:
    """Bars of an entity's mentions per day, with the documents that mention it in the tooltip."""
    return spec(
        alt.Chart(alt.Data(values=rows(per_day)), width=WIDTH, height=160)
        .mark_bar()
        .encode(
            x=alt.X("day:T", title=None),
            y=alt.Y("mentions:Q", title="mentions"),
            tooltip=["day:T", "mentions:Q", "documents:Q"],
        )
    )


def event_classes_per_week(weeks: pl.DataFrame) -> dict:
    """Stacked bars of events per week by class."""
    return spec(
        alt.Chart(alt.Data(values=rows(weeks)), width=WIDTH, height=180)
        .mark_bar()
        .encode(
            x=alt.X("week:T", title="week"),
            y=alt.Y("events:Q", title="events"),
            color=alt.Color("event_type:N", title="class", legend=alt.Legend(orient="bottom", columns=8)),
            tooltip=["week:T", "event_type:N", "events:Q"],
        )
    )


def event_timeline(events: pl.DataFrame) -> dict:
    """One point per event on its date, actor and target rows apart, coloured by modality; a click opens its source."""
    shown = events.with_columns(
        day=pl.coalesce("event_date", "published_at"),
        link=pl.concat_str(pl.lit("#event-"), pl.col("event_id")),
    )
    return spec(
        alt.Chart(alt.Data(values=rows(shown)), width=WIDTH, height=110)
        .mark_point(filled=True, size=90)
        .encode(
            x=alt.X("day:T", title="date of the event (else the article)", scale=alt.Scale(padding=12)),
            y=alt.Y("role:N", title=None, sort=["actor", "target"]),
            color=alt.Color("modality:N", scale=alt.Scale(domain=MODALITY_ORDER)),
            shape=alt.Shape("event_type:N", title="class"),
            href=alt.Href("link:N"),
            tooltip=["day:T", "actor:N", "action:N", "target:N", "modality:N", "event_type:N", "date_precision:N"],
        )
    )


def places_map(places: pl.DataFrame, href: str | None = None) -> dict:
    """Places as circles sized by mentions on a world outline (sphere and graticule, no tiles).

    `places` has name, n_mentions, n_events, latitude, longitude; the events are those with the place as actor
    or target."""
    sphere = alt.Chart(alt.sphere()).mark_geoshape(fill="#eef4f8", stroke="#c9d6df")
    graticule = alt.Chart(alt.graticule(step=[30, 30])).mark_geoshape(stroke="#dde5ea", strokeWidth=0.5, filled=False)
    encoding = {
        "longitude": "longitude:Q",
        "latitude": "latitude:Q",
        "size": alt.Size("n_mentions:Q", title="mentions", scale=alt.Scale(range=[20, 900])),
        "color": alt.Color("n_events:Q", title="events", scale=alt.Scale(scheme="oranges")),
        "tooltip": ["name:N", "n_mentions:Q", "n_events:Q"],
    }
    if href:
        encoding["href"] = alt.Href(f"{href}:N")
    points = (
        alt.Chart(alt.Data(values=rows(places)))
        .mark_circle(opacity=0.75, stroke="#7a3b00", strokeWidth=0.5)
        .encode(**encoding)
    )
    labels = (
        alt.Chart(alt.Data(values=rows(places.sort("n_mentions", descending=True).head(LABELLED_PLACES))))
        .mark_text(align="left", dx=7, dy=-5, fontSize=11, color="#333")
        .encode(longitude="longitude:Q", latitude="latitude:Q", text="name:N")
    )
    return spec(alt.layer(sphere, graticule, points, labels, width=WIDTH, height=420).project(type="equalEarth"))


def with_coordinates(places: pl.DataFrame) -> tuple[pl.DataFrame, list[str]]:
    """Places with latitude and longitude from the gazetteer, and the names it has no coordinates for."""
    coordinates = place_coordinates()
    known = places.filter(pl.col("name").is_in(list(coordinates)))
    placed = known.with_columns(
        latitude=pl.col("name").replace_strict({name: point[0] for name, point in coordinates.items()}, default=None),
        longitude=pl.col("name").replace_strict({name: point[1] for name, point in coordinates.items()}, default=None),
    )
    return placed, places.filter(~pl.col("name").is_in(list(coordinates)))["name"].to_list()


@lru_cache(maxsize=1)
def vega_bundle() -> str:
    """Vega, Vega-Lite and Vega-Embed in one script of vl-convert (the Vega-Lite version Altair writes),
    safe to inline in a <script> element."""
    version = re.match(r"v(\d+\.\d+)", alt.SCHEMA_VERSION).group(1)
    return vl_convert.javascript_bundle(vl_version=version).replace("</script", "<\\/script")
