#include "app/languageswitcher.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <QQmlEngine>

namespace lobbydesk {

LanguageSwitcher::LanguageSwitcher(Language initial, QObject *parent)
    : QObject(parent)
    , m_current(initial)
{
    install(initial);
}

LanguageSwitcher::~LanguageSwitcher()
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
}

void LanguageSwitcher::attach(QQmlEngine *engine)
{
    m_engine = engine;
    if (m_engine)
        m_engine->setUiLanguage(current());
}

QString LanguageSwitcher::fontFamily() const
{
    // Noto CJK has Latin too; the TC face draws traditional characters in their own style.
    return m_current == Language::TraditionalChinese ? QStringLiteral("Noto Sans CJK TC")
                                                     : QStringLiteral("Noto Sans CJK SC");
}

QVariantList LanguageSwitcher::languages() const
{
    QVariantList list;
    for (const QString &code : languageCodes()) {
        const Language language = *languageFromCode(code);
        list.append(QVariantMap { { QStringLiteral("code"), code },
            { QStringLiteral("name"), languageNativeName(language) } });
    }
    return list;
}

bool LanguageSwitcher::select(const QString &code)
{
    const auto language = languageFromCode(code);
    if (!language) {
        qCWarning(lcApp) << "unknown language" << code;
        return false;
    }
    select(*language);
    return true;
}

void LanguageSwitcher::select(Language language)
{
    if (language == m_current)
        return;
    install(language);
    m_current = language;
    if (m_engine) {
        m_engine->setUiLanguage(current());
        m_engine->retranslate();
    }
    emit changed();
}

void LanguageSwitcher::install(Language language)
{
    if (m_translator) {
        QCoreApplication::removeTranslator(m_translator.get());
        m_translator.reset();
    }
    if (language == Language::English)
        return; // the source language of every string
    auto translator = std::make_unique<QTranslator>();
    const QString file = QStringLiteral(":/i18n/lobbydesk_%1.qm").arg(languageCode(language));
    if (!translator->load(file)) {
        qCCritical(lcApp) << "missing translation" << file;
        return;
    }
    QCoreApplication::installTranslator(translator.get());
    m_translator = std::move(translator);
}

} // namespace lobbydesk
