"""An operator's network as a picture: listing nodes and identifier nodes, an edge where a
listing shows an identifier. The layout is computed here (networkx's spring layout, seeded,
so the same operator is drawn the same way every time) and drawn with Altair, which
Streamlit renders with its bundled Vega: nothing is loaded from the web.

Pure functions over data frames; no SQL and no Streamlit.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import altair as alt
import networkx as nx
import pandas as pd

MAX_NODES = 200
LISTING = "listing"
KINDS = ("phone", "wechat", "qq", "qq_group", "email", "uscc", "domain", "other")
COLORS = {
    LISTING: "#4c78a8",
    "phone": "#e45756",
    "wechat": "#54a24b",
    "qq": "#f58518",
    "qq_group": "#ff9da6",
    "email": "#b279a2",
    "uscc": "#9d755d",
    "domain": "#72b7b2",
    "other": "#bab0ac",
}


@dataclass(frozen=True)
class Network:
    nodes: pd.DataFrame  # node, type, label, x, y, tooltip, degree
    edges: pd.DataFrame  # x, y, x2, y2
    total_nodes: int  # before the cap
    capped: bool


def _pick(ties: pd.DataFrame, listings: pd.DataFrame, cap: int) -> tuple[set[str], set[int]]:
    """Identifiers (``kind:value``) and listings to draw, at most ``cap`` nodes together:
    identifiers by how many listings show them, each with its listings, while they fit."""
    by_identifier: dict[str, set[int]] = {}
    for row in ties.itertuples(index=False):
        by_identifier.setdefault(f"{row.kind}:{row.value}", set()).add(int(row.listing_id))
    chosen: set[str] = set()
    drawn: set[int] = set()
    for key in sorted(by_identifier, key=lambda k: (-len(by_identifier[k]), k)):
        new = by_identifier[key] - drawn
        if len(chosen) + len(drawn) + 1 + len(new) > cap:
            continue
        chosen.add(key)
        drawn |= new
    # listings tied by nothing drawn (only when there is room): still members
    for lid in (int(i) for i in listings["id"]) if not listings.empty else ():
        if len(chosen) + len(drawn) >= cap:
            break
        if lid not in drawn and not any(lid in by_identifier[k] for k in by_identifier):
            drawn.add(lid)
    return chosen, drawn


def build(ties: pd.DataFrame, listings: pd.DataFrame, kind_label: Any,
          cap: int = MAX_NODES) -> Network:
    """The network of an operator: ``ties`` rows (kind, value, listing_id) and ``listings``
    rows (id, provider, title); ``kind_label(kind)`` names a kind in the page's language."""
    identifiers = {f"{r.kind}:{r.value}" for r in ties.itertuples(index=False)}
    tied = {int(r.listing_id) for r in ties.itertuples(index=False)}
    all_listings = tied | ({int(i) for i in listings["id"]} if not listings.empty else set())
    total = len(identifiers) + len(all_listings)
    chosen, drawn = _pick(ties, listings, cap)

    graph = nx.Graph()
    facts = {int(r.id): r for r in listings.itertuples(index=False)} if not listings.empty else {}
    for lid in sorted(drawn):
        item = facts.get(lid)
        provider = str(getattr(item, "provider", "") or "") if item is not None else ""
        title = str(getattr(item, "title", "") or "") if item is not None else ""
        graph.add_node(f"L{lid}", type=LISTING, label=str(lid),
                       tooltip=f"#{lid} · {provider} · {title[:80]}")
    for row in ties.itertuples(index=False):
        key = f"{row.kind}:{row.value}"
        if key not in chosen or int(row.listing_id) not in drawn:
            continue
        node = f"I{key}"
        if node not in graph:
            graph.add_node(node, type=str(row.kind), label="",
                           tooltip=f"{kind_label(str(row.kind))}: {row.value}")
        graph.add_edge(f"L{int(row.listing_id)}", node)

    if graph.number_of_nodes():
        k = 1.5 / max(1.0, graph.number_of_nodes() ** 0.5)
        positions = nx.spring_layout(graph, seed=16, k=k, iterations=100)
    else:
        positions = {}
    nodes = pd.DataFrame(
        [
            {
                "node": name,
                "type": data["type"],
                "kind": kind_label(data["type"]),
                "label": data["label"],
                "tooltip": data["tooltip"],
                "degree": graph.degree(name),
                "x": float(positions[name][0]),
                "y": float(positions[name][1]),
            }
            for name, data in graph.nodes(data=True)
        ],
        columns=["node", "type", "kind", "label", "tooltip", "degree", "x", "y"],
    )
    edges = pd.DataFrame(
        [
            {"x": float(positions[a][0]), "y": float(positions[a][1]),
             "x2": float(positions[b][0]), "y2": float(positions[b][1])}
            for a, b in graph.edges()
        ],
        columns=["x", "y", "x2", "y2"],
    )
    return Network(nodes=nodes, edges=edges, total_nodes=total,
                   capped=graph.number_of_nodes() < total)


def chart(network: Network, kind_title: str, kind_label: Any, height: int = 640) -> alt.LayerChart:
    """The network drawn with Altair: grey edges, nodes coloured by kind (listings by id)."""
    kinds = [LISTING, *KINDS]
    domain = [kind_label(k) for k in kinds]
    scale = alt.Scale(domain=domain, range=[COLORS[k] for k in kinds])
    axis = alt.Axis(title=None, labels=False, ticks=False, grid=False, domain=False)
    edges = alt.Chart(network.edges).mark_rule(color="#999999", opacity=0.35).encode(
        x=alt.X("x:Q", axis=axis), y=alt.Y("y:Q", axis=axis), x2="x2:Q", y2="y2:Q"
    )
    nodes = alt.Chart(network.nodes).mark_circle(opacity=0.95, stroke="white",
                                                 strokeWidth=0.5).encode(
        x=alt.X("x:Q", axis=axis),
        y=alt.Y("y:Q", axis=axis),
        color=alt.Color("kind:N", scale=scale, title=kind_title),
        size=alt.Size("degree:Q", scale=alt.Scale(range=[40, 400]), legend=None),
        tooltip=[alt.Tooltip("tooltip:N", title=kind_title)],
    )
    labels = alt.Chart(network.nodes[network.nodes["type"] == LISTING]).mark_text(
        fontSize=9, dy=-8, color="#333333"
    ).encode(x="x:Q", y="y:Q", text="label:N")
    layered = alt.LayerChart(layer=[edges, nodes, labels]).properties(height=height)
    configured: alt.LayerChart = layered.configure_view(strokeWidth=0)
    return configured
