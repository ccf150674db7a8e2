#pragma once

#include "report/briefing.h"

namespace cw {

// The redaction rule: the briefing an edition may show, made from the whole briefing that
// BriefingBuilder builds.
//
// Internal: everything, marked OFFICIAL-SENSITIVE.
// Public (marked OFFICIAL): publishable material only, and what is left out is removed from the
// model — never hidden — so no renderer can print it:
//  - internal measure items (their status summary row, measure page, key facts, chart and
//    commentary) and internal narrative items;
//  - internal lines of enquiry (internal themselves or in an internal item); the rest are
//    numbered again 1, 2, … in order, on measure pages too, so gaps do not show that
//    something was removed;
//  - commentary threads whose root is internal (with all their replies), and internal replies
//    in publishable threads;
//  - the annotations part as a whole (an internal part);
//  - the action log when the pack's "Actions carried forward" item is internal;
//  - appendix entries of measures that no remaining measure page shows.
Briefing redact(const Briefing &briefing, Edition edition);

} // namespace cw
