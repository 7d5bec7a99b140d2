#include "app/cardpinflow.h"

#include "app/tenantcard.h"
#include "app/terminalapp.h"
#include "core/error.h"
#include "core/pin.h"
#include "services/tenantpins.h"

namespace lobbydesk {
namespace {

TerminalApp *s_terminal = nullptr;

} // namespace

void CardPinFlow::attachTerminal(TerminalApp *terminal)
{
    s_terminal = terminal;
}

CardPinFlow::CardPinFlow(QObject *parent)
    : QObject(parent)
{ }

CardPinFlow::~CardPinFlow() = default;

int CardPinFlow::maxDigits() const
{
    return kTenantPinRules.maxDigits;
}

void CardPinFlow::moveTo(const QString &step, const QString &problem)
{
    if (step != u"repeat")
        m_first.clear();
    m_step = step;
    m_problem = problem;
    emit changed();
}

bool CardPinFlow::useTappedCard()
{
    const TenantCard &card = s_terminal->tenantCard();
    if (!card.known()) {
        moveTo(QStringLiteral("card"), card.problem());
        return false;
    }
    m_personId = card.personId();
    m_personName = card.person().value(QStringLiteral("name")).toString();
    m_changing = s_terminal->tenantPins().hasPin(m_personId);
    moveTo(QStringLiteral("first"));
    return true;
}

bool CardPinFlow::enter(const QString &pin)
{
    if (m_step == u"first") {
        if (const QString problem = TenantPins::choiceProblem(pin); !problem.isEmpty()) {
            moveTo(QStringLiteral("first"), problem);
            return false;
        }
        moveTo(QStringLiteral("repeat"));
        m_first = pin;
        return true;
    }
    if (m_step != u"repeat")
        return false;
    try {
        s_terminal->tenantPins().setPin(m_personId, m_first, pin, m_personName);
    } catch (const Error &error) {
        // Typed differently the second time: both entries again.
        moveTo(QStringLiteral("first"), error.message());
        return false;
    }
    moveTo(QStringLiteral("done"));
    return true;
}

void CardPinFlow::startAgain()
{
    if (m_step == u"repeat")
        moveTo(QStringLiteral("first"));
}

} // namespace lobbydesk
