#include "app/languageswitcher.h"
#include "app/terminalapp.h"
#include "sampledirectory.h"
#include "services/cards.h"
#include "services/keys.h"
#include "services/lostcardbypin.h"
#include "services/tenantpins.h"
#include "store/store.h"
#include "tempdatadir.h"

#include <catch2/catch.hpp>
#include <memory>

using namespace lobbydesk;

namespace {

TerminalConfig configFor(const TempDataDir &data, Role role, Language language = Language::English)
{
    TerminalConfig config;
    config.role = role;
    config.language = language;
    config.dataDir = data.path();
    return config;
}

// 张三's spare key (tag, label), deposited with `borrower` on his list and lent to them.
void lendOwnersSpare(TerminalApp &terminal, const QString &tag, const QString &label,
    const QString &borrower, const QString &reason)
{
    const Key key = terminal.keys().deposit(
        { tag, QStringLiteral("BC") + tag, label, QStringLiteral("B1"), QStringLiteral("P-0001"),
            QStringLiteral("1201"), { borrower }, QStringLiteral("zh_CN") },
        QStringLiteral("desk"));
    KeySignOut out;
    out.keyId = key.id;
    out.borrowerKind = QStringLiteral("person");
    out.borrowerId = borrower;
    out.language = QStringLiteral("en");
    out.reason = reason;
    terminal.keys().signOut(out, QStringLiteral("desk"));
}

} // namespace

// The terminal wires the two services: a card reported lost names the keys its holder still
// has out, so the desk can ask for them back.
TEST_CASE("a lost card's holder still holding a key is flagged to the desk", "[cards][keys]")
{
    TempDataDir data;
    TerminalApp terminal(configFor(data, Role::Desk));
    loadSampleDirectory(terminal.store());
    lendOwnersSpare(terminal, QStringLiteral("K-101"), QStringLiteral("Front door, 2 keys"),
        QStringLiteral("P-0001"), QStringLiteral("Let the plumber in"));

    const Cards::Outcome lost
        = terminal.cards().reportLost(QStringLiteral("P-0001"), {}, QStringLiteral("desk"));
    QStringList texts;
    for (const LostCardFlag &flag : lost.flags)
        texts.append(flag.text);
    INFO(texts.join(QStringLiteral(" | ")).toStdString());
    CHECK(texts.filter(QStringLiteral("Still holds key K-101 (Front door, 2 keys)")).size() == 1);

    // Someone with no key out: only the card's own flags.
    const Cards::Outcome other
        = terminal.cards().reportLost(QStringLiteral("P-0002"), {}, QStringLiteral("desk"));
    for (const LostCardFlag &flag : other.flags)
        CHECK_FALSE(flag.text.contains(QStringLiteral("Still holds key")));
}

// A tenant who blocks their lost card at the kiosk with their card PIN goes through the same
// report-lost path: the keys they still hold are flagged as when the desk blocks it.
TEST_CASE(
    "a card blocked with the tenant's PIN flags the keys its holder still has", "[cards][keys]")
{
    TempDataDir data;
    const TerminalConfig config = configFor(data, Role::Kiosk);
    auto terminal = std::make_unique<TerminalApp>(config);
    loadSampleDirectory(terminal->store());
    // 张三's spare key, which he lets 刘洋 borrow.
    lendOwnersSpare(*terminal, QStringLiteral("K-201"), QStringLiteral("Bike room"),
        QStringLiteral("P-0006"), QStringLiteral("Bicycle"));

    terminal->tenantPins().setPin(QStringLiteral("P-0006"), QStringLiteral("2580"),
        QStringLiteral("2580"), QStringLiteral("刘洋"));
    const LostCardByPin lost = reportLostByPin(terminal->tenantPins(), terminal->cards(),
        QStringLiteral("P-0006"), QStringLiteral("2580"), QStringLiteral("刘洋"));
    REQUIRE(lost.outcome.blocked == QStringList { QStringLiteral("04B7C8D9") });
    QStringList texts;
    for (const LostCardFlag &flag : lost.outcome.flags)
        texts.append(flag.text);
    INFO(texts.join(QStringLiteral(" | ")).toStdString());
    CHECK(texts.filter(QStringLiteral("Still holds key K-201 (Bike room)")).size() == 1);

    // The terminal starts again with that blocked card in its store: the desk's list of blocked
    // cards asks the keys service for the holder's loans as it starts.
    terminal.reset();
    TerminalApp again(config);
    CHECK(again.cards().blockedCards().size() == 1);
}

// A kiosk in 繁體 and a desk in 简体 or English: the block's reason is recorded in English and
// each screen shows it in its own language.
TEST_CASE("a block's reason shows in each screen's language, not the recording screen's", "[cards]")
{
    TempDataDir data;
    TerminalApp terminal(configFor(data, Role::Desk, Language::TraditionalChinese));
    loadSampleDirectory(terminal.store());
    terminal.cards().reportLost(QStringLiteral("P-0001"), {}, QStringLiteral("desk"));
    terminal.cards().reportLost(
        QStringLiteral("P-0002"), QStringLiteral("钱包被偷"), QStringLiteral("desk"));
    QHash<QString, QString> recorded;
    for (const CardBinding &card : terminal.cards().blockedCards())
        recorded.insert(card.personId, card.reason);
    CHECK(recorded.value(QStringLiteral("P-0001")) == QStringLiteral("reported lost at the desk"));
    CHECK(
        cardReasonText(recorded.value(QStringLiteral("P-0001"))) == QStringLiteral("已在前台掛失"));
    REQUIRE(terminal.languages().select(QStringLiteral("zh_CN")));
    CHECK(
        cardReasonText(recorded.value(QStringLiteral("P-0001"))) == QStringLiteral("已在前台挂失"));
    REQUIRE(terminal.languages().select(QStringLiteral("en")));
    CHECK(cardReasonText(recorded.value(QStringLiteral("P-0001")))
        == QStringLiteral("reported lost at the desk"));
    // What a person typed stays as typed.
    CHECK(cardReasonText(recorded.value(QStringLiteral("P-0002"))) == QStringLiteral("钱包被偷"));
}
