#include "plans/measureeditor.h"

#include <array>

#include <QComboBox>
#include <QDoubleValidator>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QVBoxLayout>

#include "domain/period.h"
#include "plans/measurereferenceview.h"

namespace cw {

namespace {

constexpr std::array kUnits{Unit::Count, Unit::Percent, Unit::Points, Unit::Days, Unit::Money, Unit::Rate};
constexpr std::array kPolarities{Polarity::LowerIsBetter, Polarity::HigherIsBetter, Polarity::None};
constexpr std::array kFrequencies{Frequency::Monthly, Frequency::Quarterly, Frequency::Annual};
constexpr std::array kTargetKinds{TargetKind::Absolute,      TargetKind::PercentChange,
                                  TargetKind::BelowBaseline, TargetKind::AboveBaseline,
                                  TargetKind::Comparator,    TargetKind::Monitor};

QLocale ukLocale()
{
    QLocale locale(QLocale::English, QLocale::UnitedKingdom);
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale;
}

QString formatNumber(const std::optional<double> &value)
{
    return value ? ukLocale().toString(*value, 'g', QLocale::FloatingPointShortest) : QString();
}

template <typename E, std::size_t N>
QComboBox *enumCombo(const std::array<E, N> &values, const char *objectName, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QLatin1String(objectName));
    for (const E value : values)
        combo->addItem(displayName(value), toName(value));
    return combo;
}

template <typename E>
void selectEnum(QComboBox *combo, E value)
{
    combo->setCurrentIndex(combo->findData(toName(value)));
}

template <typename E>
E selectedEnum(const QComboBox *combo, E current)
{
    return fromName<E>(combo->currentData().toString()).value_or(current);
}

void setTextIfDifferent(QLineEdit *edit, const QString &text)
{
    if (edit->text() != text)
        edit->setText(text);
}

} // namespace

MeasureEditor::MeasureEditor(QWidget *parent)
    : QWidget(parent)
    , m_numberValidator(new QDoubleValidator(this))
{
    setObjectName(QStringLiteral("measureEditor"));
    m_numberValidator->setLocale(QLocale(QLocale::English, QLocale::UnitedKingdom));
    m_numberValidator->setNotation(QDoubleValidator::StandardNotation);
    buildForm();
    clear();
}

MeasureEditor::~MeasureEditor()
{
    // Children outlive this part of the object; they must not call back into it.
    m_definition->removeEventFilter(this);
}

void MeasureEditor::buildForm()
{
    auto *content = new QWidget;
    auto *column = new QVBoxLayout(content);

    m_heading = new QLabel(content);
    m_heading->setObjectName(QStringLiteral("measureHeading"));
    m_heading->setWordWrap(true);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    column->addWidget(m_heading);

    auto addGroup = [&](const QString &title) {
        auto *group = new QGroupBox(title, content);
        auto *form = new QFormLayout(group);
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        column->addWidget(group);
        return form;
    };

    QFormLayout *form = addGroup(tr("Measure"));
    m_code = addLineEdit("codeEdit");
    m_title = addLineEdit("titleEdit");
    m_definition = new QPlainTextEdit(this);
    m_definition->setObjectName(QStringLiteral("definitionEdit"));
    m_definition->setTabChangesFocus(true);
    m_definition->setMinimumHeight(80);
    m_definition->setMaximumHeight(120);
    m_definition->installEventFilter(this);
    m_unit = enumCombo(kUnits, "unitCombo", this);
    m_polarity = enumCombo(kPolarities, "polarityCombo", this);
    m_frequency = enumCombo(kFrequencies, "frequencyCombo", this);
    m_source = addLineEdit("sourceEdit");
    form->addRow(tr("&Code"), m_code);
    form->addRow(tr("&Title"), m_title);
    form->addRow(tr("&Definition"), m_definition);
    form->addRow(tr("&Unit"), m_unit);
    form->addRow(tr("&Polarity"), m_polarity);
    form->addRow(tr("&Frequency"), m_frequency);
    form->addRow(tr("&Source"), m_source);

    form = addGroup(tr("Baseline"));
    m_baselinePeriod = addLineEdit("baselinePeriodEdit");
    m_baselinePeriod->setPlaceholderText(tr("e.g. 2024/25"));
    m_baselineValue = addLineEdit("baselineValueEdit");
    m_baselineValue->setPlaceholderText(tr("Not published"));
    m_baselineNote = new QLabel(this);
    m_baselineNote->setObjectName(QStringLiteral("baselineNoteLabel"));
    m_baselineNote->setWordWrap(true);
    m_baselineNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("P&eriod"), withErrorLabel(m_baselinePeriod));
    form->addRow(tr("&Value"), withErrorLabel(m_baselineValue));
    form->addRow(tr("Note"), m_baselineNote);

    form = addGroup(tr("Target"));
    m_targetKind = enumCombo(kTargetKinds, "targetKindCombo", this);
    m_targetValue = addLineEdit("targetValueEdit");
    m_targetPeriod = addLineEdit("targetPeriodEdit");
    m_targetPeriod->setPlaceholderText(tr("YYYY-MM"));
    m_tolerance = addLineEdit("toleranceEdit");
    m_targetText = addLineEdit("targetTextEdit");
    form->addRow(tr("&Kind"), m_targetKind);
    form->addRow(tr("Target v&alue"), withErrorLabel(m_targetValue));
    form->addRow(tr("Target &date"), withErrorLabel(m_targetPeriod));
    form->addRow(tr("T&olerance"), withErrorLabel(m_tolerance));
    form->addRow(tr("As &written in the Plan"), m_targetText);

    m_reference = new MeasureReferenceView(this);
    addGroup(tr("Formula, series breaks and published figures"))->addRow(m_reference);
    column->addStretch();

    for (QComboBox *combo : {m_unit, m_polarity, m_frequency, m_targetKind})
        connect(combo, &QComboBox::activated, this, &MeasureEditor::commit);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

QLineEdit *MeasureEditor::addLineEdit(const char *objectName)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(QLatin1String(objectName));
    connect(edit, &QLineEdit::editingFinished, this, &MeasureEditor::commit);
    return edit;
}

QWidget *MeasureEditor::withErrorLabel(QLineEdit *edit)
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto *error = new QLabel(box);
    error->setObjectName(edit->objectName() + QStringLiteral("Error"));
    error->setWordWrap(true);
    QPalette palette = error->palette();
    palette.setColor(QPalette::WindowText, QColor(0xa8, 0x00, 0x1d));
    error->setPalette(palette);
    error->hide();
    layout->addWidget(edit);
    layout->addWidget(error);
    m_errors.insert(edit, error);
    // Typing again means the person is fixing it; the check runs again when they finish.
    connect(edit, &QLineEdit::textEdited, error, &QLabel::hide);
    return box;
}

void MeasureEditor::setMeasure(const Measure &measure)
{
    const bool same = m_hasMeasure && measure.id == m_measure.id;
    const QScopedValueRollback loading(m_loading, true);
    if (!same)
        clearErrors();
    load(m_measure, measure, !same);
    m_measure = measure;
    m_hasMeasure = true;
    setEnabled(true);
}

void MeasureEditor::clear()
{
    const QScopedValueRollback loading(m_loading, true);
    clearErrors();
    m_measure = Measure();
    m_hasMeasure = false;
    load(m_measure, m_measure, true);
    m_reference->clear();
    m_heading->setText(tr("No measure selected"));
    setEnabled(false);
}

void MeasureEditor::load(const Measure &previous, const Measure &m, bool all)
{
    const auto changed = [&](auto member) { return all || previous.*member != m.*member; };
    if (changed(&Measure::code))
        setTextIfDifferent(m_code, m.code);
    if (changed(&Measure::title)) {
        setTextIfDifferent(m_title, m.title);
        m_heading->setText(m.title);
    }
    if (changed(&Measure::definition) && m_definition->toPlainText() != m.definition)
        m_definition->setPlainText(m.definition);
    if (changed(&Measure::unit))
        selectEnum(m_unit, m.unit);
    if (changed(&Measure::polarity))
        selectEnum(m_polarity, m.polarity);
    if (changed(&Measure::frequency))
        selectEnum(m_frequency, m.frequency);
    if (changed(&Measure::source))
        setTextIfDifferent(m_source, m.source);

    const Baseline &was = previous.baseline;
    if (all || was.period != m.baseline.period)
        setTextIfDifferent(m_baselinePeriod, m.baseline.period);
    if (all || was.value != m.baseline.value)
        setTextIfDifferent(m_baselineValue, formatNumber(m.baseline.value));
    m_baselineNote->setText(m.baseline.note);

    const Target &aim = previous.target;
    if (all || aim.kind != m.target.kind)
        selectEnum(m_targetKind, m.target.kind);
    if (all || aim.value != m.target.value)
        setTextIfDifferent(m_targetValue, formatNumber(m.target.value));
    if (all || aim.period != m.target.period)
        setTextIfDifferent(m_targetPeriod, m.target.period);
    if (all || aim.tolerance != m.target.tolerance)
        setTextIfDifferent(m_tolerance, formatNumber(m.target.tolerance));
    if (all || aim.text != m.target.text)
        setTextIfDifferent(m_targetText, m.target.text);

    if (all || previous.formula != m.formula || previous.breaks != m.breaks || previous.figures != m.figures)
        m_reference->setMeasure(m);
}

void MeasureEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (QLineEdit *edit : {m_code, m_title, m_source, m_baselinePeriod, m_baselineValue, m_targetValue,
                            m_targetPeriod, m_tolerance, m_targetText})
        edit->setReadOnly(readOnly);
    m_definition->setReadOnly(readOnly);
    for (QComboBox *combo : {m_unit, m_polarity, m_frequency, m_targetKind})
        combo->setEnabled(!readOnly);
}

void MeasureEditor::commit()
{
    if (!m_hasMeasure || m_readOnly || m_loading)
        return;
    const Measure after = measureFromForm();
    if (after == m_measure)
        return;
    const Measure before = m_measure;
    // Take the edit as the measure shown, so that the refresh the owner's change causes
    // finds nothing to rewrite. If the change is refused, the owner's refresh restores
    // the stored values.
    m_measure = after;
    Q_EMIT measureEdited(before, after);
}

void MeasureEditor::focusTitle()
{
    m_title->setFocus(Qt::OtherFocusReason);
    m_title->selectAll();
}

bool MeasureEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_definition && event->type() == QEvent::FocusOut)
        commit();
    return QWidget::eventFilter(watched, event);
}

Measure MeasureEditor::measureFromForm()
{
    const Measure &current = m_measure;
    Measure m = current;
    // Unchanged text keeps the stored value exactly (no spurious edit from normalising).
    const auto readText = [](const QLineEdit *edit, const QString &stored) {
        return edit->text() == stored ? stored : edit->text().trimmed();
    };
    m.code = readText(m_code, current.code);
    m.title = readText(m_title, current.title);
    m.definition = m_definition->toPlainText();
    m.unit = selectedEnum(m_unit, current.unit);
    m.polarity = selectedEnum(m_polarity, current.polarity);
    m.frequency = selectedEnum(m_frequency, current.frequency);
    m.source = readText(m_source, current.source);

    readPeriod(m_baselinePeriod, current.baseline.period, false, m.baseline.period);
    readNumber(m_baselineValue, current.baseline.value, m.baseline.value);

    m.target.kind = selectedEnum(m_targetKind, current.target.kind);
    readNumber(m_targetValue, current.target.value, m.target.value);
    readPeriod(m_targetPeriod, current.target.period, true, m.target.period);
    readNumber(m_tolerance, current.target.tolerance, m.target.tolerance);
    m.target.text = readText(m_targetText, current.target.text);
    return m;
}

bool MeasureEditor::readPeriod(QLineEdit *edit, const QString &current, bool monthOnly, QString &out)
{
    const QString text = edit->text().trimmed();
    if (text == current || text.isEmpty()) {
        setError(edit, {});
        out = text;
        return true;
    }
    const std::optional<Period> period = Period::parse(text);
    if (!period || !period->isValid() || (monthOnly && period->kind() != Period::Kind::Month)) {
        setError(edit, monthOnly ? tr("Enter a month as YYYY-MM, for example 2029-03.")
                                 : tr("Enter a period such as 2024/25 (financial year), 2024-01 (month), "
                                      "2024-Q1 (quarter) or 2024 (calendar year)."));
        out = current;
        return false;
    }
    setError(edit, {});
    out = period->key();
    return true;
}

bool MeasureEditor::readNumber(QLineEdit *edit, const std::optional<double> &current,
                               std::optional<double> &out)
{
    QString text = edit->text().trimmed();
    if (text == formatNumber(current) || text.isEmpty()) {
        setError(edit, {});
        out = text.isEmpty() ? std::nullopt : current;
        return true;
    }
    int position = 0;
    bool ok = m_numberValidator->validate(text, position) == QValidator::Acceptable;
    const double value = ok ? m_numberValidator->locale().toDouble(text, &ok) : 0.0;
    if (!ok) {
        setError(edit, tr("Enter a number, for example 1,234.5, or leave it empty."));
        out = current;
        return false;
    }
    setError(edit, {});
    out = value;
    return true;
}

void MeasureEditor::setError(QLineEdit *edit, const QString &message)
{
    QLabel *label = m_errors.value(edit);
    if (!label)
        return;
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

void MeasureEditor::clearErrors()
{
    for (QLabel *label : std::as_const(m_errors))
        label->hide();
}

} // namespace cw
