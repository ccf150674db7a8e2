#pragma once

#include <QWidget>

class QLabel;
class QModelIndex;

namespace cw {

class PlanModel;
class PlanService;

// A short, read-only description of a plan or a priority for the plan browser: its title,
// code and counts and, for a plan, the period it runs for, where it was copied from and its
// aims. Reads only; the plan's details come from the service, the counts from the model.
class PlanSummary : public QWidget
{
    Q_OBJECT

public:
    explicit PlanSummary(QWidget *parent = nullptr);

    // Describes the plan or priority at `index` (a hint when the index is invalid).
    void describe(const PlanModel &model, const PlanService &service, const QModelIndex &index);

private:
    QLabel *m_title = nullptr;
    QLabel *m_text = nullptr;
};

} // namespace cw
