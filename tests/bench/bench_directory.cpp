// Is the host search fast enough to run on every keystroke? docs/directory.md keeps the
// figures and says how search works.
//
//   bench_directory [--people N] [--companies N] [--rounds R] [--dir PARENT]
//
// Fills a fresh terminal database through applyDirectoryEvent (the projection the hub's
// directory events go through) with N people and N companies with Chinese and English names,
// then times DirectorySearch::find(prefix, 20) for every prefix of a few queries, as a visitor
// types them, R rounds. Prints p50 / p99 / max per keystroke; the target is p99 < 5 ms. The
// thread's CPU time is printed too: on a busy machine a keystroke's wall time also holds the
// time the scheduler gave to someone else.
#include "core/error.h"
#include "directory/directoryprojection.h"
#include "directory/directoryrecord.h"
#include "directory/directorysearch.h"
#include "store/sqlerror.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <random>
#include <time.h>
#include <vector>

using namespace lobbydesk;
using Clock = std::chrono::steady_clock;

namespace {

// The most common surnames and given-name characters, so that the index looks like a real
// building's: many 张, 王, 李; many names sharing the syllables a visitor types first.
const QString kSurnames
    = QStringLiteral("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓"
                     "曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆"
                     "汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺"
                     "顾毛郝龚邵万钱严覃武戴莫孔向汤單張陳黃");
const QString kGiven = QStringLiteral("伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华"
                                      "玉萍红娥玲芬燕飞鹏辉建国志文斌宇浩凯欣怡晨雪梅琳婷慧佳"
                                      "俊峰成亮海波宁东鑫鹤嘉豪翔子涵思远");
const QStringList kBrands { QStringLiteral("旭日"), QStringLiteral("星光"), QStringLiteral("华信"),
    QStringLiteral("珠江"), QStringLiteral("龙门"), QStringLiteral("翡翠"), QStringLiteral("海港"),
    QStringLiteral("竹林"), QStringLiteral("凤凰"), QStringLiteral("明达"), QStringLiteral("开元"),
    QStringLiteral("东方"), QStringLiteral("雪松"), QStringLiteral("绿叶"), QStringLiteral("金桥"),
    QStringLiteral("长城"), QStringLiteral("黄河"), QStringLiteral("泰山"), QStringLiteral("白云"),
    QStringLiteral("蓝天") };
const QStringList kBrandsEn { QStringLiteral("Sunrise"), QStringLiteral("Starlight"),
    QStringLiteral("Huaxin"), QStringLiteral("Pearl River"), QStringLiteral("Longmen"),
    QStringLiteral("Jade"), QStringLiteral("Harbour"), QStringLiteral("Bamboo"),
    QStringLiteral("Phoenix"), QStringLiteral("Mingda"), QStringLiteral("Kaiyuan"),
    QStringLiteral("Orient"), QStringLiteral("Cedar"), QStringLiteral("Greenleaf"),
    QStringLiteral("Golden Bridge"), QStringLiteral("Great Wall"), QStringLiteral("Yellow River"),
    QStringLiteral("Taishan"), QStringLiteral("White Cloud"), QStringLiteral("Blue Sky") };
const QStringList kTrades { QStringLiteral("科技"), QStringLiteral("贸易"), QStringLiteral("物流"),
    QStringLiteral("投资"), QStringLiteral("设计"), QStringLiteral("传媒"), QStringLiteral("医疗"),
    QStringLiteral("教育"), QStringLiteral("律师事务所"), QStringLiteral("会计师事务所") };
const QStringList kTradesEn { QStringLiteral("Technology"), QStringLiteral("Trading"),
    QStringLiteral("Logistics"), QStringLiteral("Capital"), QStringLiteral("Design"),
    QStringLiteral("Media"), QStringLiteral("Medical"), QStringLiteral("Education"),
    QStringLiteral("Law Firm"), QStringLiteral("CPA") };

// What visitors type, keystroke by keystroke (every prefix is timed).
const QStringList kQueries { QStringLiteral("zhangwei"), QStringLiteral("zhang wei"),
    QStringLiteral("wangfang"), QStringLiteral("lx"), QStringLiteral("zw"), QStringLiteral("张伟"),
    QStringLiteral("王芳"), QStringLiteral("1201"), QStringLiteral("3305"),
    QStringLiteral("sunrise tech"), QStringLiteral("harbour"), QStringLiteral("旭日科技"),
    QStringLiteral("xuri"), QStringLiteral("chenjing") };

void apply(QSqlDatabase &db, DirectoryKind kind, const QJsonObject &payload)
{
    Event event;
    event.id = QUuid::createUuid();
    event.type = eventType(kind);
    event.payload = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    applyDirectoryEvent(event, db);
}

double threadCpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

double percentile(std::vector<double> sorted, double p)
{
    std::sort(sorted.begin(), sorted.end());
    const auto index = std::min(sorted.size() - 1, std::size_t(p * double(sorted.size())));
    return sorted[index];
}

int run(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("people"), QStringLiteral("People."), QStringLiteral("N"),
        QStringLiteral("20000") });
    parser.addOption({ QStringLiteral("companies"), QStringLiteral("Companies."),
        QStringLiteral("N"), QStringLiteral("2000") });
    parser.addOption({ QStringLiteral("rounds"), QStringLiteral("Rounds of all queries."),
        QStringLiteral("R"), QStringLiteral("20") });
    parser.addOption({ QStringLiteral("dir"),
        QStringLiteral("Parent of the temporary data "
                       "directory."),
        QStringLiteral("PARENT"), QDir::tempPath() });
    parser.addOption({ QStringLiteral("each"), QStringLiteral("Print every prefix's times.") });
    parser.process(app);
    const bool each = parser.isSet(QStringLiteral("each"));
    const int people = parser.value(QStringLiteral("people")).toInt();
    const int companies = parser.value(QStringLiteral("companies")).toInt();
    const int rounds = parser.value(QStringLiteral("rounds")).toInt();

    QTemporaryDir dir(
        parser.value(QStringLiteral("dir")) + QStringLiteral("/bench_directory-XXXXXX"));
    Store store(dir.path());
    QSqlDatabase &db = store.sql();
    std::mt19937 random(42); // the same building every run
    const auto pick = [&](int n) { return int(random() % unsigned(n)); };

    const auto fillStart = Clock::now();
    runSql(db, QStringLiteral("BEGIN"), QStringLiteral("bench"));
    // 60 floors of 40 units: 0101 … 6040.
    QStringList units;
    for (int floor = 1; floor <= 60; ++floor) {
        for (int n = 1; n <= 40; ++n) {
            const QString unit = QStringLiteral("%1%2")
                                     .arg(floor, 2, 10, QLatin1Char('0'))
                                     .arg(n, 2, 10, QLatin1Char('0'));
            units.append(unit);
            apply(db, DirectoryKind::Unit,
                { { "unit", unit }, { "floor", QString::number(floor) }, { "name", "" },
                    { "active", true } });
        }
    }
    QList<QStringList> companyUnits;
    for (int c = 0; c < companies; ++c) {
        const int brand = pick(int(kBrands.size()));
        const int trade = pick(int(kTrades.size()));
        QStringList its { units[(c * 7) % units.size()] };
        if (c % 4 == 0)
            its.append(units[(c * 7 + 1) % units.size()]);
        companyUnits.append(its);
        apply(db, DirectoryKind::Company,
            { { "company", QStringLiteral("C-%1").arg(c, 5, 10, QLatin1Char('0')) },
                { "name",
                    QStringLiteral("%1%2 %3 %4 %5")
                        .arg(kBrands[brand], kTrades[trade], kBrandsEn[brand], kTradesEn[trade])
                        .arg(c) },
                { "units", QJsonArray::fromStringList(its) }, { "approval", "auto" },
                { "active", true } });
    }
    for (int p = 0; p < people; ++p) {
        QString name = kSurnames[pick(int(kSurnames.size()))];
        name += kGiven[pick(int(kGiven.size()))];
        if (pick(3) != 0)
            name += kGiven[pick(int(kGiven.size()))];
        const int company = pick(companies);
        apply(db, DirectoryKind::Person,
            { { "person", QStringLiteral("P-%1").arg(p, 6, 10, QLatin1Char('0')) },
                { "name", name },
                { "company", QStringLiteral("C-%1").arg(company, 5, 10, QLatin1Char('0')) },
                { "units", QJsonArray::fromStringList(companyUnits[company].mid(0, 1)) },
                { "roles", QJsonArray { "employee" } },
                { "phone", QStringLiteral("+86138%1").arg(p, 8, 10, QLatin1Char('0')) },
                { "cards", QJsonArray {} }, { "active", pick(50) != 0 } });
    }
    runSql(db, QStringLiteral("COMMIT"), QStringLiteral("bench"));
    const double fillSeconds = std::chrono::duration<double>(Clock::now() - fillStart).count();
    std::printf("filled %d people, %d companies, %lld units in %.1f s (%.0f µs per event)\n",
        people, companies, qlonglong(units.size()), fillSeconds,
        fillSeconds * 1e6 / double(people + companies + units.size()));

    DirectorySearch search(db);
    std::vector<double> all;
    std::vector<double> allCpu;
    std::printf("%-16s %8s %8s %8s %6s\n", "query", "p50 ms", "p99 ms", "max ms", "hits");
    for (const QString &query : kQueries) {
        std::vector<double> times;
        std::vector<std::vector<double>> byPrefix(std::size_t(query.size()));
        qsizetype hits = 0;
        for (int round = 0; round < rounds; ++round) {
            for (qsizetype length = 1; length <= query.size(); ++length) {
                const QString typed = query.left(length);
                const double cpuStart = threadCpuMs();
                const auto start = Clock::now();
                const QList<DirectoryHit> found = search.find(typed, 20);
                const double ms
                    = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
                allCpu.push_back(threadCpuMs() - cpuStart);
                times.push_back(ms);
                byPrefix[std::size_t(length - 1)].push_back(ms);
                hits = std::max(hits, found.size());
            }
        }
        for (qsizetype length = 1; each && length <= query.size(); ++length) {
            const auto &t = byPrefix[std::size_t(length - 1)];
            std::printf("  %-14s %8.3f %8.3f\n", qPrintable(query.left(length)), percentile(t, 0.5),
                *std::max_element(t.begin(), t.end()));
        }
        all.insert(all.end(), times.begin(), times.end());
        std::printf("%-16s %8.3f %8.3f %8.3f %6lld\n", qPrintable(query), percentile(times, 0.5),
            percentile(times, 0.99), *std::max_element(times.begin(), times.end()),
            qlonglong(hits));
    }
    std::printf("all %zu keystrokes: p50 %.3f ms, p99 %.3f ms, max %.3f ms (target p99 < 5 ms)\n",
        all.size(), percentile(all, 0.5), percentile(all, 0.99),
        *std::max_element(all.begin(), all.end()));
    std::printf("CPU time per keystroke: p50 %.3f ms, p99 %.3f ms, max %.3f ms\n",
        percentile(allCpu, 0.5), percentile(allCpu, 0.99),
        *std::max_element(allCpu.begin(), allCpu.end()));
    return percentile(all, 0.99) < 5.0 ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    try {
        return run(argc, argv);
    } catch (const Error &error) {
        std::fprintf(stderr, "bench_directory: %s\n", qPrintable(error.message()));
        return 2;
    }
}
