#pragma once

#include <QJsonObject>
#include <QList>

namespace cw {

struct Annotation;
struct AnnotationThread;
struct Meeting;
struct Pack;
struct PackVersion;
struct PackVersionDiff;
struct KeyFact;

// QJsonObject builders for `cwb meetings` and `cwb pack` (see jsonwriter.h for the rules:
// snake_case keys, storage names for enums, null for absent numbers; keys are only added).

// {"id", "uid", "kind", "kind_name", "title", "starts_at", "duration_minutes", "location",
//  "chair", "status", "attendees": [{"name", "organisation", "role"}], "papers", "minutes"}
QJsonObject meetingToJson(const Meeting &meeting);

// {"id", "version", "status", "approved_by", "approved_at", "vintage_batch_id"}
QJsonObject packVersionToJson(const PackVersion &version);

// {"area_code", "area_name", "text", "comparison", "latest_period", "latest_value", "current",
//  "previous", "percent", "points", "p_value", "test", "flag"}
QJsonObject keyFactToJson(const KeyFact &fact);

// {"uid", "thread_uid", "anchor": {"kind", "pack_uid", "item_uid", "measure", "area", "period"},
//  "text", "visibility", "effective_visibility", "author", "created_at", "edited_by", "edited_at",
//  "resolved", "resolved_by", "resolved_at", "replies": [...]} (replies on roots only)
QJsonObject threadToJson(const AnnotationThread &thread);

// {"previous_pack_id", "previous_version", "added_items", "removed_items",
//  "changes": [{"item_uid", "item_title", "measure", "area", "field", "before", "after"}]}
QJsonObject versionDiffToJson(const PackVersionDiff &diff);

} // namespace cw
