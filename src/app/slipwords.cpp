#include "app/slipwords.h"

#include "core/language.h"
#include "core/logging.h"

#include <QHash>
#include <QTranslator>
#include <memory>

namespace lobbydesk {
namespace {

// One translator per language, loaded on first use and kept: slips are printed all day.
const QTranslator *translatorFor(const QString &code)
{
    static QHash<QString, std::shared_ptr<QTranslator>> loaded;
    if (const auto found = loaded.constFind(code); found != loaded.constEnd())
        return found->get();
    auto translator = std::make_shared<QTranslator>();
    if (!translator->load(QStringLiteral(":/i18n/lobbydesk_%1.qm").arg(code))) {
        qCCritical(lcApp) << "missing translation for slips" << code;
        translator.reset();
    }
    loaded.insert(code, translator);
    return translator.get();
}

} // namespace

SlipWords::SlipWords(const QString &languageCode)
    : m_language(languageOrEnglish(languageCode))
{ }

QString SlipWords::operator()(const char *context, const char *source) const
{
    if (m_language == QStringLiteral("en"))
        return QString::fromUtf8(source); // the source language of every string
    if (const QTranslator *translator = translatorFor(m_language)) {
        const QString translated = translator->translate(context, source);
        if (!translated.isEmpty())
            return translated;
    }
    return QString::fromUtf8(source);
}

} // namespace lobbydesk
