#pragma once

#include <QDialog>

#include "domain/pack.h"

class QTableWidget;

namespace cw {

// "Changes since the previous approved version": each key number of a measure item that moved
// (item, area, what, before, after), and the measure items added or removed, from
// PackService::changesSincePreviousApproved.
class VersionDiffDialog : public QDialog
{
    Q_OBJECT

public:
    // `itemTitles`: item uid → title, for the added and removed items.
    VersionDiffDialog(const PackVersionDiff &diff, int version, const QHash<QString, QString> &itemTitles,
                      QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table = nullptr;
};

} // namespace cw
