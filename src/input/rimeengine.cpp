#include "input/rimeengine.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QTimer>
#include <rime_api.h>

namespace lobbydesk {
namespace {

RimeApi *rime()
{
    static RimeApi *api = rime_get_api();
    return api;
}

// Our choice of schemas and a larger candidate page, as a patch on Rime's default.yaml.
constexpr char kDefaultCustom[] = "# Written by LobbyDesk (src/input/rimeengine.cpp)\n"
                                  "patch:\n"
                                  "  schema_list:\n"
                                  "    - schema: luna_pinyin_simp\n"
                                  "    - schema: luna_pinyin\n"
                                  "    - schema: bopomofo_tw\n"
                                  "  menu/page_size: 9\n";

// The files each schema needs from the shared data, to say which package is missing.
struct Needed
{
    const char *file;
    const char *package;
};
constexpr Needed kNeeded[] = {
    { "default.yaml", "rime-prelude" },
    { "punctuation.yaml", "rime-prelude" },
    { "essay.txt", "rime-essay" },
    { "luna_pinyin.schema.yaml", "rime-data-luna-pinyin" },
    { "luna_pinyin_simp.schema.yaml", "rime-data-luna-pinyin" },
    { "luna_pinyin.dict.yaml", "rime-data-luna-pinyin" },
    { "bopomofo_tw.schema.yaml", "rime-data-bopomofo" },
    { "terra_pinyin.dict.yaml", "rime-data-terra-pinyin" },
};

} // namespace

RimeEngine &RimeEngine::instance()
{
    static RimeEngine engine;
    return engine;
}

QString RimeEngine::defaultSharedDir()
{
    return qEnvironmentVariable("LOBBYDESK_RIME_DATA", QStringLiteral("/usr/share/rime-data"));
}

QString RimeEngine::userDirFor(const QString &dataDir)
{
    return dataDir + QStringLiteral("/input");
}

const QStringList &RimeEngine::schemas()
{
    static const QStringList list { QStringLiteral("luna_pinyin_simp"),
        QStringLiteral("luna_pinyin"), QStringLiteral("bopomofo_tw") };
    return list;
}

QString RimeEngine::missingData(const QString &sharedDir)
{
    for (const Needed &needed : kNeeded) {
        if (!QFileInfo::exists(sharedDir + u'/' + QLatin1String(needed.file)))
            return QStringLiteral("the input engine's data %1/%2 is missing (install the Debian "
                                  "package %3)")
                .arg(sharedDir, QLatin1String(needed.file), QLatin1String(needed.package));
    }
    return {};
}

void RimeEngine::fail(const QString &why)
{
    m_problem = why;
    m_state = State::Failed;
    qCWarning(lcInput) << "Chinese input is unavailable:" << why;
    emit stateChanged(m_state);
}

void RimeEngine::start(const Setup &setup)
{
    if (m_state != State::NotStarted)
        return;
    if (const QString missing = missingData(setup.sharedDir); !missing.isEmpty()) {
        fail(missing);
        return;
    }
    m_userDir = setup.userDir;
    const QString logDir = m_userDir + QStringLiteral("/log");
    if (!QDir().mkpath(logDir)) {
        fail(QStringLiteral("cannot create %1 for the input engine's data").arg(logDir));
        return;
    }
    // Ours, exactly: a file edited by hand is put back (the next preparation then follows).
    const QByteArray wanted(kDefaultCustom, sizeof kDefaultCustom - 1);
    QFile custom(m_userDir + QStringLiteral("/default.custom.yaml"));
    const bool current = custom.open(QIODevice::ReadOnly) && custom.readAll() == wanted;
    custom.close();
    if (!current) {
        if (!custom.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || custom.write(kDefaultCustom, sizeof kDefaultCustom - 1)
                != qint64(sizeof kDefaultCustom - 1)) {
            fail(
                QStringLiteral("cannot write %1: %2").arg(custom.fileName(), custom.errorString()));
            return;
        }
        custom.close();
    }
    m_sharedDir = setup.sharedDir;
    m_userDirBytes = QFile::encodeName(m_userDir);
    m_sharedDirBytes = QFile::encodeName(m_sharedDir);
    m_logDirBytes = QFile::encodeName(logDir);

    RIME_STRUCT(RimeTraits, traits);
    traits.shared_data_dir = m_sharedDirBytes.constData();
    traits.user_data_dir = m_userDirBytes.constData();
    traits.distribution_name = "LobbyDesk";
    traits.distribution_code_name = "lobbydesk";
    traits.distribution_version = "1";
    traits.app_name = "rime.lobbydesk";
    traits.min_log_level = 2; // errors only, in <userDir>/log
    traits.log_dir = m_logDirBytes.constData();
    rime()->setup(&traits);
    rime()->initialize(&traits);
    m_startedAt = QDateTime::currentMSecsSinceEpoch();
    // Deploys only what changed since the last time (nothing on a normal start).
    const bool deploying = rime()->start_maintenance(False);
    m_preparedNow = deploying;
    m_state = State::Preparing;
    emit stateChanged(m_state);
    if (!deploying) {
        poll();
        return;
    }
    qCInfo(lcInput) << "preparing the Chinese input data in" << m_userDir;
    auto *timer = new QTimer(this);
    timer->setInterval(50);
    connect(timer, &QTimer::timeout, this, [this, timer] {
        if (rime()->is_maintenance_mode())
            return;
        timer->deleteLater();
        poll();
    });
    timer->start();
}

void RimeEngine::poll()
{
    rime()->join_maintenance_thread();
    m_preparationMs = QDateTime::currentMSecsSinceEpoch() - m_startedAt;
    // Prepared means every schema opens; a failed deployment leaves one that does not.
    for (const QString &schema : schemas()) {
        const QString prism = m_userDir + QStringLiteral("/build/%1.prism.bin").arg(schema);
        const QString shared = m_sharedDir + QStringLiteral("/build/%1.prism.bin").arg(schema);
        if (!QFileInfo::exists(prism) && !QFileInfo::exists(shared)) {
            fail(QStringLiteral("preparing the input engine's data failed for %1 (see %2/log)")
                     .arg(schema, m_userDir));
            return;
        }
        RimeSession probe(schema);
        if (!probe.isValid()) {
            fail(QStringLiteral("the input schema %1 cannot be opened (see %2/log)")
                     .arg(schema, m_userDir));
            return;
        }
    }
    m_state = State::Ready;
    qCInfo(lcInput) << "Chinese input ready in" << m_preparationMs << "ms";
    emit stateChanged(m_state);
}

void RimeEngine::waitForPreparation()
{
    if (m_state == State::Preparing)
        rime()->join_maintenance_thread();
}

bool RimeEngine::startAndWait(const Setup &setup, int timeoutMs)
{
    start(setup);
    if (m_state == State::Preparing) {
        QEventLoop loop;
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        connect(this, &RimeEngine::stateChanged, &loop, &QEventLoop::quit);
        if (m_state == State::Preparing)
            loop.exec();
    }
    return isReady();
}

RimeSession::RimeSession(const QString &schema)
    : m_schema(schema)
{
    const RimeEngine::State state = RimeEngine::instance().state();
    if (state != RimeEngine::State::Ready && state != RimeEngine::State::Preparing)
        return;
    m_id = rime()->create_session();
    if (m_id && !rime()->select_schema(m_id, schema.toUtf8().constData())) {
        rime()->destroy_session(m_id);
        m_id = 0;
    }
    if (m_id) {
        // Punctuation typed in a Chinese mode is full width (，。), as Chinese text wants.
        rime()->set_option(m_id, "full_shape", False);
        rime()->set_option(m_id, "ascii_punct", False);
    }
}

RimeSession::~RimeSession()
{
    if (m_id)
        rime()->destroy_session(m_id);
}

bool RimeSession::processKey(int keysym)
{
    return m_id && rime()->process_key(m_id, keysym, 0);
}

bool RimeSession::selectCandidate(int index)
{
    return m_id && index >= 0 && rime()->select_candidate(m_id, size_t(index));
}

void RimeSession::commitRaw()
{
    if (!m_id)
        return;
    // Enter in Rime commits the letters as typed.
    rime()->process_key(m_id, 0xff0d, 0);
}

void RimeSession::commitComposition()
{
    if (m_id)
        rime()->commit_composition(m_id);
}

void RimeSession::clear()
{
    if (m_id)
        rime()->clear_composition(m_id);
}

QString RimeSession::takeCommit()
{
    if (!m_id)
        return {};
    RIME_STRUCT(RimeCommit, commit);
    if (!rime()->get_commit(m_id, &commit))
        return {};
    const QString text = QString::fromUtf8(commit.text);
    rime()->free_commit(&commit);
    return text;
}

bool RimeSession::isComposing() const
{
    if (!m_id)
        return false;
    RIME_STRUCT(RimeStatus, status);
    if (!rime()->get_status(m_id, &status))
        return false;
    const bool composing = status.is_composing;
    rime()->free_status(&status);
    return composing;
}

QString RimeSession::preedit() const
{
    if (!m_id)
        return {};
    RIME_STRUCT(RimeContext, context);
    if (!rime()->get_context(m_id, &context))
        return {};
    const QString text = QString::fromUtf8(context.composition.preedit);
    rime()->free_context(&context);
    return text;
}

QStringList RimeSession::candidates(int max) const
{
    QStringList list;
    if (!m_id)
        return list;
    RimeCandidateListIterator iterator {};
    if (!rime()->candidate_list_begin(m_id, &iterator))
        return list;
    while (list.size() < max && rime()->candidate_list_next(&iterator))
        list.append(QString::fromUtf8(iterator.candidate.text));
    rime()->candidate_list_end(&iterator);
    return list;
}

} // namespace lobbydesk
