#pragma once

#include "services/scorecardservice.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTextBrowser;

namespace cw {

class SeriesChart;
class Workspace;

// One measure in full: its series at the scorecard grain with the baseline, the trajectory to
// the target, the control limits of each phase (split at series breaks) and the special-cause
// signals, beside the definition, source and series-break notes. The area can be switched
// between the force area and the 32 boroughs.
//
// Reads through the workspace's ScorecardService; must be destroyed before `workspace`.
class MeasureExplorer : public QWidget
{
    Q_OBJECT

public:
    explicit MeasureExplorer(Workspace &workspace, QWidget *parent = nullptr);

    // Shows the measure with `measureCode` in the plan and as-of month of `options`, in the
    // area chosen in the explorer (the force area at first).
    void showMeasure(const QString &measureCode, const ScorecardOptions &options);
    void reload();

    QString measureCode() const { return m_code; }
    QString areaCode() const;
    SeriesChart *chart() const { return m_chart; }
    // The control chart of the monthly values (monthly counts only; hidden otherwise).
    SeriesChart *controlChart() const { return m_controlChart; }

private:
    void fillAreas();
    QString notes(const MeasureDetail &detail) const;
    void markAnnotated(const MeasureDetail &detail);

    Workspace &m_workspace;
    QString m_code;
    ScorecardOptions m_options;
    QLabel *m_title = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_message = nullptr;
    QComboBox *m_area = nullptr;
    SeriesChart *m_chart = nullptr;
    SeriesChart *m_controlChart = nullptr;
    QTextBrowser *m_notes = nullptr;
};

} // namespace cw
