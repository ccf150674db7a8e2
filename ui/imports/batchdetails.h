#pragma once

#include <QWidget>

class QFormLayout;
class QLabel;
class QTableWidget;

namespace cw {

struct Batch;

// The report of one import batch: where it came from (file, size, sha256, format), who
// imported it and when, its counts, and the rows it left out (line, column, problem).
class BatchDetails : public QWidget
{
    Q_OBJECT

public:
    explicit BatchDetails(QWidget *parent = nullptr);

    void setBatch(const Batch &batch);
    void clear();

    QTableWidget *skippedTable() const { return m_skipped; }

private:
    QLabel *addField(const QString &label, const char *name);

    QLabel *m_title = nullptr;
    QFormLayout *m_form = nullptr;
    QLabel *m_file = nullptr;
    QLabel *m_format = nullptr;
    QLabel *m_importedBy = nullptr;
    QLabel *m_importedAt = nullptr;
    QLabel *m_size = nullptr;
    QLabel *m_sha256 = nullptr;
    QLabel *m_rows = nullptr;
    QLabel *m_figures = nullptr;
    QLabel *m_other = nullptr;
    QLabel *m_skippedTitle = nullptr;
    QTableWidget *m_skipped = nullptr;
};

} // namespace cw
