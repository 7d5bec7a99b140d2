#include "app/cardrequestflow.h"

#include "app/cardslips.h"
#include "app/languageswitcher.h"
#include "app/tenantcard.h"
#include "app/terminalapp.h"
#include "core/error.h"
#include "core/logging.h"
#include "directory/directorysearch.h"
#include "drivers/printer/escposprinter.h"
#include "services/cards.h"
#include "store/store.h"

namespace lobbydesk {
namespace {

TerminalApp *s_terminal = nullptr;

} // namespace

void CardRequestFlow::attachTerminal(TerminalApp *terminal)
{
    s_terminal = terminal;
}

CardRequestFlow::CardRequestFlow(QObject *parent)
    : QObject(parent)
    , m_id(newEventId())
{ }

QVariantList CardRequestFlow::kinds() const
{
    // With the card in hand it is not lost; without it, the tenant reports it or asks for one.
    const QList<CardRequestKind> offered = m_identifiedBy == u"card"
        ? QList<CardRequestKind> { CardRequestKind::ReplacementDamaged, CardRequestKind::Temporary,
              CardRequestKind::Cancel }
        : QList<CardRequestKind> { CardRequestKind::ReportLost, CardRequestKind::ReplacementLost,
              CardRequestKind::New };
    QVariantList rows;
    for (CardRequestKind kind : offered)
        rows.append(QVariantMap { { QStringLiteral("key"), cardRequestKindKey(kind) },
            { QStringLiteral("label"),
                cardRequestKindText(kind, s_terminal->languages().current()) } });
    return rows;
}

QString CardRequestFlow::kindLabel() const
{
    const auto kind = cardRequestKindFrom(m_kind);
    return kind ? cardRequestKindText(*kind, s_terminal->languages().current()) : QString();
}

int CardRequestFlow::maxDays() const
{
    return s_terminal ? s_terminal->cards().fees().temporaryMaxDays : 30;
}

QString CardRequestFlow::chargesText() const
{
    const auto kind = cardRequestKindFrom(m_kind);
    if (!s_terminal || !kind || !issuesACard(*kind))
        return tr("Free of charge.");
    const CardFees &fees = s_terminal->cards().fees();
    const QString type = *kind == CardRequestKind::Temporary ? QStringLiteral("temporary")
                                                             : QStringLiteral("resident");
    const bool replacement
        = *kind == CardRequestKind::ReplacementLost || *kind == CardRequestKind::ReplacementDamaged;
    const qint64 fee = fees.feeFor(type);
    const qint64 deposit = replacement ? 0 : fees.depositFor(type);
    if (!fee && !deposit)
        return tr("Free of charge.");
    QStringList parts;
    if (fee)
        parts.append(tr("card fee ¥%1").arg(yuanText(fee)));
    if (deposit)
        parts.append(tr("refundable deposit ¥%1").arg(yuanText(deposit)));
    return tr("Paid at the front desk: %1.").arg(parts.join(QStringLiteral(", ")));
}

void CardRequestFlow::setPerson(const QString &personId, const QString &how)
{
    DirectorySearch directory(s_terminal->store().sql());
    const auto person = directory.person(personId);
    m_personId = personId;
    m_personName = person ? person->name : QString();
    m_units = person ? person->units : QStringList();
    m_identifiedBy = how;
    if (m_units.size() == 1 || !m_units.contains(m_unit))
        m_unit = m_units.value(0);
    m_kind.clear();
    emit personChanged();
    emit changed();
}

bool CardRequestFlow::useTappedCard()
{
    TenantCard &card = s_terminal->tenantCard();
    if (!card.known()) {
        show({ { QStringLiteral("card"),
            card.problem().isEmpty() ? tr("Tap your IC card on the reader.") : card.problem() } });
        return false;
    }
    setPerson(card.personId(), QStringLiteral("card"));
    show({});
    return true;
}

bool CardRequestFlow::identify(const QString &unit, const QString &phone)
{
    try {
        const auto person = s_terminal->cards().personByUnitAndPhone(unit, phone);
        if (!person) {
            show({ { QStringLiteral("identify"),
                tr("No tenant of unit %1 has this phone number in the building directory. "
                   "Please check both, or ask at the front desk.")
                    .arg(unit.trimmed()) } });
            return false;
        }
        m_unit = unit.trimmed();
        setPerson(*person, QStringLiteral("phone"));
        show({});
        return true;
    } catch (const Error &error) {
        show({ { QStringLiteral("identify"), error.message() } });
        return false;
    }
}

CardRequestForm CardRequestFlow::form() const
{
    CardRequestForm form;
    form.kind = cardRequestKindFrom(m_kind).value_or(CardRequestKind::New);
    form.personId = m_personId;
    form.unit = m_unit;
    form.holderName = m_holderName;
    form.expiresOn = s_terminal->cards().now().toLocalTime().date().addDays(m_days - 1);
    form.via = QStringLiteral("kiosk");
    form.language = s_terminal->languages().current();
    return form;
}

bool CardRequestFlow::validate()
{
    if (!cardRequestKindFrom(m_kind)) {
        show({ { QStringLiteral("kind"), tr("Choose what you need.") } });
        return false;
    }
    QVariantMap problems;
    for (const FieldProblem &problem : s_terminal->cards().problems(form()))
        if (!problems.contains(problem.field))
            problems.insert(problem.field, problem.message);
    show(problems);
    return problems.isEmpty();
}

bool CardRequestFlow::submit()
{
    if (submitted())
        return true;
    if (!validate())
        return false;
    try {
        m_requestId = s_terminal->cards().request(form(), m_personName, m_id).id;
    } catch (const Error &error) {
        show({ { QStringLiteral("submit"),
            tr("The request could not be recorded: %1").arg(error.message()) } });
        return false;
    }
    EscPosPrinter *printer = s_terminal->printer();
    if (!printer || printer->state() == Device::State::NotConfigured) {
        m_printNote = tr("This terminal has no receipt printer: please note your reference.");
    } else {
        try {
            printer->print(cardRequestReceipt(*s_terminal->cards().find(m_requestId),
                               s_terminal->siteName(), PaperWidth::Mm80),
                tr("IC-card request"), m_requestId);
        } catch (const Error &error) {
            qCWarning(lcApp) << "card request receipt not printed:" << error.what();
            m_printNote = tr("The receipt cannot be printed: please note your reference.");
        }
    }
    emit resultChanged();
    return true;
}

void CardRequestFlow::show(const QVariantMap &problems)
{
    m_problems = problems;
    emit problemsChanged();
}

} // namespace lobbydesk
