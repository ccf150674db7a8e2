#pragma once

#include <QWidget>

#include "domain/pack.h"

class QLabel;
class QStackedWidget;
class QTableWidget;

namespace cw {

class SeriesChart;
class Workspace;

// The preview of a measure item as the briefing will show it: the measure's series in each
// chosen area over the chosen months (a table for the Table kind; the control chart over the
// whole series, since its limits need every phase), with the points that carry open annotation
// threads marked. Reads through the workspace's services; must be destroyed before it.
class PackItemPreview : public QWidget
{
    Q_OBJECT

public:
    explicit PackItemPreview(Workspace &workspace, QWidget *parent = nullptr);

    // Draws `spec` from the data as of `asOfBatch` (0: current).
    void showSpec(const MeasureItemSpec &spec, qint64 asOfBatch);
    void clear();
    SeriesChart *chart() const { return m_chart; }
    QTableWidget *table() const { return m_table; }
    // How many points the last drawing marked as annotated.
    int annotationMarks() const { return m_marks; }

private:
    void redrawFor(const QString &measureCode);

    Workspace &m_workspace;
    MeasureItemSpec m_spec;
    qint64 m_asOfBatch = 0;
    QStackedWidget *m_stack = nullptr;
    SeriesChart *m_chart = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_note = nullptr;
    int m_marks = 0;
};

} // namespace cw
