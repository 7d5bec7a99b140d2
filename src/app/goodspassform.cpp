#include "app/goodspassform.h"

#include "app/goodspassslips.h"
#include "app/languageswitcher.h"
#include "app/terminalapp.h"
#include "core/error.h"
#include "core/event.h"
#include "core/logging.h"
#include "directory/directorysearch.h"
#include "drivers/printer/escposprinter.h"
#include "services/goodspasses.h"
#include "store/store.h"

#include <QLocale>

namespace lobbydesk {
namespace {

TerminalApp *s_terminal = nullptr;

constexpr int kDayStartHour = 8;
constexpr int kDayEndHour = 18;

QDateTime at(const QDate &date, int hour)
{
    return QDateTime(date, QTime(hour, 0));
}

// Day and month names in the screen's language, not the machine's.
QLocale currentLocale()
{
    return s_terminal ? QLocale(s_terminal->languages().current()) : QLocale();
}

bool fieldIn(const QString &field, const QStringList &fields)
{
    for (const QString &wanted : fields) {
        if (field == wanted)
            return true;
        if (wanted == QStringLiteral("items") && field.startsWith(QStringLiteral("item.")))
            return true;
    }
    return false;
}

} // namespace

void GoodsPassForm::attachTerminal(TerminalApp *terminal)
{
    s_terminal = terminal;
}

GoodsPassForm::GoodsPassForm(QObject *parent)
    : QObject(parent)
    , m_id(newEventId())
{
    connect(&m_items, &GoodsItemsModel::edited, this, &GoodsPassForm::changed);
    if (s_terminal)
        connect(&s_terminal->languages(), &LanguageSwitcher::changed, this, [this] {
            emit languageChanged();
            emit changed();
            if (!m_problems.isEmpty()) // the same problems, in the new language
                validateStep(m_problems.keys());
        });
    presetWindow(QStringLiteral("today"));
}

GoodsPassForm::~GoodsPassForm() = default;

void GoodsPassForm::setMode(const QString &mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    emit changed();
}

void GoodsPassForm::setUnit(const QString &unit)
{
    if (unit == m_unit)
        return;
    m_unit = unit;
    emit applicantChanged();
}

bool GoodsPassForm::setApplicant(const QString &personId)
{
    m_applicantId.clear();
    m_applicantName.clear();
    m_units.clear();
    m_unit.clear();
    std::optional<DirectoryPerson> person;
    if (s_terminal && !personId.isEmpty()) {
        try {
            person = DirectorySearch(s_terminal->store().sql()).person(personId);
        } catch (const Error &error) {
            qCWarning(lcApp) << "applicant lookup failed:" << error.what();
        }
    }
    if (person && person->active) {
        m_applicantId = person->id;
        m_applicantName = person->name;
        m_units = person->units;
        if (m_units.size() == 1)
            m_unit = m_units.constFirst();
    }
    emit applicantChanged();
    if (m_applicantId.isEmpty()) {
        show({ { QStringLiteral("applicant"),
            tr("This person is not in the building directory.") } });
        return false;
    }
    show({});
    return true;
}

void GoodsPassForm::presetWindow(const QString &preset)
{
    const QDateTime now = QDateTime::currentDateTime();
    const QDate today = now.date();
    if (preset == QStringLiteral("tomorrow")) {
        m_validFrom = at(today.addDays(1), kDayStartHour);
        m_validUntil = at(today.addDays(1), kDayEndHour);
    } else {
        // From the start of this hour until the end of the working day; late in the day, for
        // the rest of it.
        m_validFrom = at(today, now.time().hour());
        m_validUntil = now.time().hour() < kDayEndHour - 1 ? at(today, kDayEndHour)
                                                           : QDateTime(today, QTime(23, 59));
    }
    emit changed();
}

void GoodsPassForm::moveWindowDays(int days)
{
    m_validFrom = m_validFrom.addDays(days);
    m_validUntil = m_validUntil.addDays(days);
    emit changed();
}

void GoodsPassForm::adjustFromHours(int hours)
{
    m_validFrom = m_validFrom.addSecs(hours * 3600LL);
    emit changed();
}

void GoodsPassForm::adjustUntilHours(int hours)
{
    m_validUntil = m_validUntil.addSecs(hours * 3600LL);
    emit changed();
}

void GoodsPassForm::setWindow(const QDateTime &from, const QDateTime &until)
{
    m_validFrom = from;
    m_validUntil = until;
    emit changed();
}

QString GoodsPassForm::windowText() const
{
    const QLocale locale = currentLocale();
    const auto day
        = [&locale](const QDate &date) { return locale.toString(date, tr("ddd d MMM")); };
    const QString hours = QStringLiteral("HH:mm");
    if (m_validFrom.date() == m_validUntil.date())
        return QStringLiteral("%1, %2 – %3")
            .arg(
                day(m_validFrom.date()), m_validFrom.toString(hours), m_validUntil.toString(hours));
    return QStringLiteral("%1 %2 – %3 %4")
        .arg(day(m_validFrom.date()), m_validFrom.toString(hours), day(m_validUntil.date()),
            m_validUntil.toString(hours));
}

void GoodsPassForm::setReturnable(bool returnable)
{
    if (returnable == m_returnable)
        return;
    m_returnable = returnable;
    if (returnable && !m_expectedReturn.isValid())
        m_expectedReturn = m_validFrom.date().addDays(7);
    emit changed();
}

void GoodsPassForm::moveReturnDays(int days)
{
    m_expectedReturn
        = (m_expectedReturn.isValid() ? m_expectedReturn : m_validFrom.date()).addDays(days);
    emit changed();
}

QString GoodsPassForm::expectedReturnText() const
{
    return m_expectedReturn.isValid()
        ? currentLocale().toString(m_expectedReturn, tr("ddd d MMM yyyy"))
        : QString();
}

QVariantList GoodsPassForm::reasons() const
{
    QVariantList list;
    for (const QString &key : goodsPassReasons())
        list.append(QVariantMap { { QStringLiteral("key"), key },
            { QStringLiteral("label"), goodsPassReasonText(key) } });
    return list;
}

QVariantList GoodsPassForm::unitsOfMeasure() const
{
    QVariantList list;
    for (const QString &key : goodsUnitsOfMeasure())
        list.append(QVariantMap { { QStringLiteral("key"), key },
            { QStringLiteral("label"), goodsUnitOfMeasureText(key) } });
    return list;
}

QStringList GoodsPassForm::itemLines() const
{
    QStringList lines;
    for (const GoodsItem &item : m_items.items())
        lines.append(QStringLiteral("%1 × %2 %3")
                         .arg(item.name.simplified(), quantityText(item.quantity),
                             goodsUnitOfMeasureText(item.unitOfMeasure)));
    return lines;
}

QString GoodsPassForm::reasonLabel(const QString &key) const
{
    return key.isEmpty() ? QString() : goodsPassReasonText(key);
}

QString GoodsPassForm::unitOfMeasureLabel(const QString &key) const
{
    return goodsUnitOfMeasureText(key);
}

GoodsPassRequest GoodsPassForm::request() const
{
    GoodsPassRequest request;
    request.unit = m_unit;
    request.applicantId = m_applicantId;
    request.applicantName = m_applicantName;
    request.carrierName = m_carrierName;
    request.carrierPhone = m_carrierPhone;
    request.carrierIdLast4 = m_carrierIdLast4;
    request.items = m_items.items();
    request.validFrom = m_validFrom;
    request.validUntil = m_validUntil;
    request.plate = m_plate;
    request.returnable = m_returnable;
    request.expectedReturn = m_expectedReturn;
    request.reason = m_reason;
    request.reasonNote = m_reasonNote;
    request.via
        = m_mode == QStringLiteral("desk") ? QStringLiteral("desk") : QStringLiteral("kiosk");
    return request;
}

QList<FieldProblem> GoodsPassForm::allProblems() const
{
    QList<FieldProblem> problems;
    if (!s_terminal) {
        problems.append(
            { QStringLiteral("applicant"), tr("This terminal cannot record requests.") });
        return problems;
    }
    problems = s_terminal->goodsPasses().problems(request());
    // A quantity typed as something that is not a number says so, not "more than 0".
    for (int row = 0; row < m_items.rowCount(); ++row) {
        if (m_items.quantityIsNumber(row))
            continue;
        const QString field = QStringLiteral("item.%1.quantity").arg(row);
        problems.removeIf([&field](const FieldProblem &p) { return p.field == field; });
        problems.append({ field, tr("Item %1's quantity is not a number.").arg(row + 1) });
    }
    return problems;
}

void GoodsPassForm::show(const QList<FieldProblem> &problems)
{
    const QVariantMap shown = problemsByField(problems);
    if (shown == m_problems)
        return;
    m_problems = shown;
    emit problemsChanged();
}

bool GoodsPassForm::validateStep(const QStringList &fields)
{
    QList<FieldProblem> step;
    for (const FieldProblem &problem : allProblems()) {
        if (fieldIn(problem.field, fields))
            step.append(problem);
    }
    show(step);
    return step.isEmpty();
}

bool GoodsPassForm::validateAll()
{
    const QList<FieldProblem> problems = allProblems();
    show(problems);
    return problems.isEmpty();
}

QString GoodsPassForm::reference() const
{
    return m_passId.left(8).toUpper();
}

bool GoodsPassForm::submit(const QString &actor)
{
    if (submitted())
        return true; // recorded already: a second tap records and prints nothing more
    if (!validateAll())
        return false;
    try {
        const GoodsPass pass = s_terminal->goodsPasses().request(request(), actor, m_id);
        m_passId = pass.id;
    } catch (const Error &error) {
        qCWarning(lcApp) << "goods pass request not recorded:" << error.what();
        show({ { QStringLiteral("submit"),
            tr("The request could not be recorded: %1").arg(QString::fromUtf8(error.what())) } });
        return false;
    }
    printReceipt();
    emit resultChanged();
    return true;
}

void GoodsPassForm::printReceipt()
{
    EscPosPrinter *printer = s_terminal->printer();
    if (!printer || printer->state() == Device::State::NotConfigured) {
        m_printNote = tr("This terminal has no receipt printer: please note your reference.");
        return;
    }
    const auto pass = s_terminal->goodsPasses().find(m_passId);
    if (!pass)
        return;
    try {
        printer->print(goodsPassRequestReceipt(*pass, s_terminal->siteName(), PaperWidth::Mm80),
            tr("Goods pass request"), m_passId);
    } catch (const Error &error) {
        qCWarning(lcApp) << "request receipt not printed:" << error.what();
        m_printNote = tr("The receipt cannot be printed: please note your reference.");
        return;
    }
    const PrinterStatus &status = printer->status();
    if (printer->state() != Device::State::Connected || !status.online)
        m_printNote = tr("The printer is not responding. The request is recorded; please note "
                         "your reference.");
    else if (status.paperOut)
        m_printNote = tr("The printer is out of paper. The request is recorded; the receipt "
                         "prints when staff refill it. Please note your reference.");
    else if (status.coverOpen || status.error)
        m_printNote = tr("The printer needs attention. The request is recorded; please note "
                         "your reference.");
    else
        m_printed = true;
}

} // namespace lobbydesk
