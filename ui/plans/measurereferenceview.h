#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QTableWidget;

namespace cw {

struct Measure;

// The read-only part of a measure: the indicators its formula adds up or divides ("role ·
// indicator key"), its series breaks and the figures the Plan itself published. These come
// from the Plan and the importers' contract, not from typing, so they are shown, not edited.
class MeasureReferenceView : public QWidget
{
    Q_OBJECT

public:
    explicit MeasureReferenceView(QWidget *parent = nullptr);

    void setMeasure(const Measure &measure);
    void clear();

private:
    QLabel *m_formulaKind = nullptr;
    QListWidget *m_formula = nullptr;
    QListWidget *m_breaks = nullptr;
    QTableWidget *m_figures = nullptr;
};

} // namespace cw
