#pragma once

#include <optional>

#include <QHash>
#include <QWidget>

#include "domain/plan.h"

class QComboBox;
class QDoubleValidator;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace cw {

class MeasureReferenceView;

// Form for one measure of a plan. It never writes anything itself: when the person finishes
// editing a field (Return, leaving the field, choosing in a list) the form is read back into a
// Measure and, if that differs from the measure shown, measureEdited(before, after) is
// emitted for the owner to turn into an undo command. Fields that do not validate (a baseline
// period that is not a period key, a value that is not a number in UK notation) show an
// inline error and keep their stored value in what is emitted.
class MeasureEditor : public QWidget
{
    Q_OBJECT

public:
    explicit MeasureEditor(QWidget *parent = nullptr);
    ~MeasureEditor() override;

    // Shows `measure`. For the measure already shown (a refresh after an edit, undo or redo)
    // only fields whose stored value changed are rewritten, so text being typed in another
    // field is kept. Never emits measureEdited.
    void setMeasure(const Measure &measure);
    void clear();
    bool hasMeasure() const { return m_hasMeasure; }
    const Measure &measure() const { return m_measure; }

    // Read-only for measures of built-in plans: fields can be read and copied, not changed.
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    // Applies what the form holds now, exactly as finishing an edit does.
    void commit();
    // Puts the cursor in the title field with its text selected (after adding a measure).
    void focusTitle();

Q_SIGNALS:
    void measureEdited(const cw::Measure &before, const cw::Measure &after);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildForm();
    QLineEdit *addLineEdit(const char *objectName);
    QWidget *withErrorLabel(QLineEdit *edit);
    void load(const Measure &previous, const Measure &measure, bool all);
    Measure measureFromForm();
    bool readPeriod(QLineEdit *edit, const QString &current, bool monthOnly, QString &out);
    bool readNumber(QLineEdit *edit, const std::optional<double> &current, std::optional<double> &out);
    void setError(QLineEdit *edit, const QString &message);
    void clearErrors();

    Measure m_measure;
    bool m_hasMeasure = false;
    bool m_readOnly = false;
    bool m_loading = false;

    QLabel *m_heading = nullptr;
    QLineEdit *m_code = nullptr;
    QLineEdit *m_title = nullptr;
    QPlainTextEdit *m_definition = nullptr;
    QComboBox *m_unit = nullptr;
    QComboBox *m_polarity = nullptr;
    QComboBox *m_frequency = nullptr;
    QLineEdit *m_source = nullptr;
    QLineEdit *m_baselinePeriod = nullptr;
    QLineEdit *m_baselineValue = nullptr;
    QLabel *m_baselineNote = nullptr;
    QComboBox *m_targetKind = nullptr;
    QLineEdit *m_targetValue = nullptr;
    QLineEdit *m_targetPeriod = nullptr;
    QLineEdit *m_tolerance = nullptr;
    QLineEdit *m_targetText = nullptr;
    MeasureReferenceView *m_reference = nullptr;
    QDoubleValidator *m_numberValidator = nullptr; // UK notation: 1,234.5
    QHash<QLineEdit *, QLabel *> m_errors;
};

} // namespace cw
