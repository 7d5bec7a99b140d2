#include "app/languageswitcher.h"
#include "app/staffsession.h"
#include "app/terminalapp.h"
#include "app/visitdesk.h"
#include "app/visitorcheckin.h"
#include "tempdatadir.h"

#include <QSignalSpy>
#include <catch2/catch.hpp>

using namespace lobbydesk;

TEST_CASE("switching language installs the translation", "[languages]")
{
    LanguageSwitcher switcher(Language::English);
    QSignalSpy changed(&switcher, &LanguageSwitcher::changed);
    // A string of the UI, looked up the way qsTr() does for ServiceNames.qml.
    auto translated = [] { return QCoreApplication::translate("ServiceNames", "Key handover"); };
    CHECK(translated() == QStringLiteral("Key handover"));

    CHECK(switcher.select(QStringLiteral("zh_CN")));
    CHECK(translated() == QStringLiteral("钥匙管理"));
    CHECK(switcher.select(QStringLiteral("zh_TW")));
    CHECK(translated() == QStringLiteral("鑰匙管理"));
    CHECK(switcher.fontFamily() == QStringLiteral("Noto Sans CJK TC"));
    CHECK(switcher.select(QStringLiteral("en")));
    CHECK(translated() == QStringLiteral("Key handover"));
    CHECK(changed.count() == 3);
}

TEST_CASE("an unknown language is refused and the current one kept", "[languages]")
{
    LanguageSwitcher switcher(Language::TraditionalChinese);
    CHECK_FALSE(switcher.select(QStringLiteral("fr")));
    CHECK(switcher.current() == QStringLiteral("zh_TW"));
    CHECK(switcher.languages().size() == 3);
}

TEST_CASE("a C++ class's own words are translated too", "[languages]")
{
    // lupdate files a Q_OBJECT's tr() under the class's context; moc's class name must be the
    // same, or the desk's state words stay English on a Chinese screen.
    LanguageSwitcher languages(Language::English);
    languages.select(Language::SimplifiedChinese);
    CHECK(lobbydesk::VisitDesk::staticMetaObject.tr("Waiting for approval", nullptr)
        == QStringLiteral("等待审批"));
    CHECK(lobbydesk::VisitorCheckIn::staticMetaObject.tr("This kiosk has no slip printer.", nullptr)
        == QStringLiteral("此自助机未配备访客单打印机。"));
}

TEST_CASE("the staff status in the status bar follows the screen's language", "[languages]")
{
    // Its words are made in C++: the bar reads them again only when the session says so.
    TempDataDir data;
    TerminalConfig config;
    config.role = Role::Desk;
    config.language = Language::English;
    config.dataDir = data.path();
    TerminalApp terminal(config);
    StaffSession &session = terminal.staffSession();
    CHECK(session.statusText().startsWith(QStringLiteral("No staff sign-in set up")));
    QSignalSpy changed(&session, &StaffSession::wordsChanged);
    terminal.languages().select(Language::SimplifiedChinese);
    CHECK(changed.count() >= 1);
    CHECK_FALSE(session.statusText().startsWith(QStringLiteral("No staff sign-in set up")));
    terminal.languages().select(Language::English);
}
