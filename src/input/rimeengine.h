#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

namespace lobbydesk {

// librime, the Chinese input engine (Debian's librime with the rime-data packages), for the
// whole process: librime keeps global state, so there is one. Its data is prepared ("deployed")
// under the app's data directory on first start, in the background, and afterwards only when
// the shared data changed; until then, and when it fails, Chinese input is unavailable and says
// why, and the Latin keyboard keeps working.
class RimeEngine : public QObject
{
    Q_OBJECT

public:
    enum class State { NotStarted, Preparing, Ready, Failed };
    Q_ENUM(State)

    struct Setup
    {
        QString userDir; // prepared data and the user dictionary: <data dir>/input
        QString sharedDir = defaultSharedDir();
    };

    static RimeEngine &instance();
    // Debian's rime-data, or $LOBBYDESK_RIME_DATA (another install of the dictionaries).
    [[nodiscard]] static QString defaultSharedDir();
    // Where a terminal keeps the engine's prepared data: <data dir>/input.
    [[nodiscard]] static QString userDirFor(const QString &dataDir);

    // Starts the engine (once per process; later calls are ignored) and prepares its data in
    // the background when needed. readyChanged / failed tell how it ended.
    void start(const Setup &setup);
    // start(), then waits until it is ready or failed; for tools, tests and benchmarks.
    bool startAndWait(const Setup &setup, int timeoutMs = 120000);

    // Waits for a preparation under way to end: before the data directory may go away.
    void waitForPreparation();

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] bool isReady() const { return m_state == State::Ready; }
    // Why Chinese input is unavailable, in words; empty when it is not.
    [[nodiscard]] QString problem() const { return m_problem; }
    // How long starting took, in ms: preparing the data, or checking it when it was ready.
    [[nodiscard]] qint64 preparationMs() const { return m_preparationMs; }
    // Whether this start prepared the data (false: it was prepared before and still current).
    [[nodiscard]] bool preparedNow() const { return m_preparedNow; }

    // What is missing from the shared data for our schemas, in words (the file and the Debian
    // package); empty when nothing is.
    [[nodiscard]] static QString missingData(const QString &sharedDir);

    // The schemas this app uses: simplified pinyin, traditional pinyin, zhuyin (bopomofo).
    static const QStringList &schemas();

signals:
    void stateChanged(lobbydesk::RimeEngine::State state);

private:
    RimeEngine() = default;
    void fail(const QString &why);
    void poll();

    State m_state = State::NotStarted;
    QString m_problem;
    QString m_userDir;
    QString m_sharedDir;
    qint64 m_preparationMs = 0;
    bool m_preparedNow = false;
    qint64 m_startedAt = 0;
    QByteArray m_userDirBytes; // librime keeps the pointers it is given
    QByteArray m_sharedDirBytes;
    QByteArray m_logDirBytes;
};

// One input session: what has been typed, the candidates, and what is committed.
class RimeSession
{
public:
    // A session of the given schema (RimeEngine::schemas()); invalid when the engine is not
    // ready or the schema cannot be selected.
    explicit RimeSession(const QString &schema);
    ~RimeSession();
    RimeSession(const RimeSession &) = delete;
    RimeSession &operator=(const RimeSession &) = delete;

    [[nodiscard]] bool isValid() const { return m_id != 0; }
    [[nodiscard]] QString schema() const { return m_schema; }

    // A key as librime takes it: an X11 keysym (printable ASCII is itself; BackSpace 0xff08,
    // Return 0xff0d, Escape 0xff1b, space 0x20). True when the engine used it.
    bool processKey(int keysym);
    // Picks a candidate of the current list (0 = the first). What it covers is committed when
    // the whole input is converted; otherwise the rest stays to be converted (partial selection).
    bool selectCandidate(int index);
    // Commits the input as typed (the letters), e.g. when the user presses Enter.
    void commitRaw();
    // Commits what is converted so far (zhuyin keeps picked characters in the composition
    // until this).
    void commitComposition();
    void clear();

    // Text the engine committed since the last call.
    [[nodiscard]] QString takeCommit();
    [[nodiscard]] bool isComposing() const;
    // The input being converted, as the engine shows it (e.g. "王xiao ming").
    [[nodiscard]] QString preedit() const;
    // The candidates for the current input, best first, at most `max`.
    [[nodiscard]] QStringList candidates(int max = 60) const;

private:
    quintptr m_id = 0;
    QString m_schema;
};

} // namespace lobbydesk
