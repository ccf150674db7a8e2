#pragma once

#include "report/briefing.h"

#include <QRectF>

class QPainter;

namespace cw {

// Draws a measure page's chart as vector paths (lines, bars, text) with QPainter — no bitmap —
// into `rect`: one line per area (the first area in a dark blue, the others in lighter tones and
// dash patterns so they read in greyscale), the trajectory dashed, the baseline dotted, a value
// axis with up to four ticks and the first and last period labels. When the areas differ in
// size by more than four times (London beside boroughs), each area gets its own panel and value
// axis so the smaller ones are not flattened; the first area's panel carries the targets.
// ChartKind::Bar draws the first area as bars; Table draws nothing (the page shows the table).
// Empty series draw a message.
void paintMeasureChart(QPainter &painter, const QRectF &rect, const BriefingMeasure &measure);

} // namespace cw
