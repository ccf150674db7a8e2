#pragma once

#include "domain/statusoverride.h"

#include <QUndoCommand>

#include <optional>

namespace cw {

class OverrideService;

// Overrides a measure's status in an area (or clears the override) with a note. The history is
// append-only, so undo does not delete: it appends the entry that restores what was in force
// before (the earlier override with its note, or a clear noting what was undone), and redo
// appends the change again. Redo and undo both call apply().
class OverrideStatusCommand : public QUndoCommand
{
public:
    // `after.status`: a status name, or StatusOverride::clearedName(); `before`: the override
    // in force now (std::nullopt: none). Plan, measure and area come from `after`.
    OverrideStatusCommand(OverrideService &service, const std::optional<StatusOverride> &before,
                          const StatusOverride &after, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    bool apply(const QString &status, const QString &note);

    OverrideService &m_service;
    std::optional<StatusOverride> m_before;
    StatusOverride m_after;
};

} // namespace cw
