#include "scorecard/scorecardtabs.h"

#include "scorecard/measureexplorer.h"
#include "scorecard/scorecardview.h"

namespace cw {

ScorecardTabs::ScorecardTabs(Workspace &workspace, QWidget *parent)
    : QTabWidget(parent)
{
    setObjectName(QStringLiteral("scorecardTabs"));
    setDocumentMode(true);
    m_scorecard = new ScorecardView(workspace, this);
    m_explorer = new MeasureExplorer(workspace, this);
    addTab(m_scorecard, tr("Scorecard"));
    addTab(m_explorer, tr("Measure explorer"));
    setTabEnabled(indexOf(m_explorer), false); // until a measure is chosen

    connect(m_scorecard, &ScorecardView::measureActivated, this,
            [this](const QString &code, const ScorecardOptions &options) {
                m_explorer->showMeasure(code, options);
                setTabEnabled(indexOf(m_explorer), true);
                setCurrentWidget(m_explorer);
            });
}

bool ScorecardTabs::exploreMeasure(const QString &measureCode)
{
    if (!m_scorecard->selectMeasure(measureCode))
        return false;
    m_explorer->showMeasure(measureCode, m_scorecard->options());
    setTabEnabled(indexOf(m_explorer), true);
    setCurrentWidget(m_explorer);
    return true;
}

} // namespace cw
