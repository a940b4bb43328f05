// SPDX-License-Identifier: GPL-3.0-or-later
// The audit's framework(s) (audit.frameworks, file format 4) in storage and in the audit package: a new audit is an
// ISO/IEC 27001:2022 audit, the field travels through export and import unchanged, a package without it (every
// package written before format 4) imports as ISO, and an unknown framework is refused naming the field.
#include "catalog/Catalogs.h"
#include "package/AuditPackage.h"
#include "storage/AuditStore.h"
#include "workflow/Lifecycle.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace isoaudit;

class TestPackageFrameworks : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_serial = 0;

    QString newPath() { return m_dir.filePath(QStringLiteral("audit-%1.isoaudit").arg(++m_serial)); }

    static QJsonObject parse(const QByteArray& bytes) { return QJsonDocument::fromJson(bytes).object(); }

    static QByteArray withAudit(QJsonObject root, const char* key, const QJsonValue& value)
    {
        QJsonObject audit = root.value("audit").toObject();
        if (value.isUndefined())
            audit.remove(key);
        else
            audit.insert(key, value);
        root.insert("audit", audit);
        return QJsonDocument(root).toJson();
    }

    std::unique_ptr<AuditStore> createAudit()
    {
        auto created
            = Lifecycle::create(newPath(), NewAudit{"Nordlys Betalinger ApS", "stage2", "Jürgen Groß", {}, {}, {}});
        if (!created)
            qWarning("%s", qPrintable(created.error()));
        return created ? std::move(created).value() : nullptr;
    }

private slots:
    void newAuditIsIsoAndRefusesUnknownFrameworks()
    {
        auto store = createAudit();
        QVERIFY(store);
        const Record audit = store->audit().value();
        QCOMPARE(audit.text("frameworks"), QStringLiteral("iso27001-2022"));
        QCOMPARE(Catalogs::primaryForAudit(audit).frameworkId(), QStringLiteral("iso27001-2022"));
        QVERIFY(store->setField(RecordKind::Audit, audit.uuid, "frameworks", "iso27001-2022 soc2-2017").ok());
        const auto refused = store->setField(RecordKind::Audit, audit.uuid, "frameworks", "soc2-2099");
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains("soc2-2099"), qPrintable(refused.error()));
        const Record changed = store->audit().value();
        QCOMPARE(changed.text("frameworks"), QStringLiteral("iso27001-2022 soc2-2017"));
        QCOMPARE(Catalogs::forAudit(changed).size(), 2);
        QVERIFY(store->verifyTrail().ok);
    }

    void roundTripKeepsTheFrameworks()
    {
        auto store = createAudit();
        QVERIFY(store);
        const QString uuid = store->audit().value().uuid;
        QVERIFY(store->setField(RecordKind::Audit, uuid, "frameworks", "soc2-2017").ok());
        const QByteArray exported = AuditPackage::serialize(*store).value();
        QCOMPARE(parse(exported).value("audit").toObject().value("frameworks").toString(), QStringLiteral("soc2-2017"));
        auto imported = AuditPackage::importToFile(newPath(), exported, false);
        QVERIFY2(imported.ok(), qPrintable(imported.error()));
        QCOMPARE(imported.value()->audit().value().text("frameworks"), QStringLiteral("soc2-2017"));
        QCOMPARE(AuditPackage::serialize(*imported.value()).value(), exported);
    }

    void packageWithoutTheFieldIsIso()
    {
        auto store = createAudit();
        QVERIFY(store);
        QVERIFY(store->setField(RecordKind::Audit, store->audit().value().uuid, "frameworks", "soc2-2017").ok());
        const QJsonObject root = parse(AuditPackage::serialize(*store).value());
        const QByteArray older = withAudit(root, "frameworks", QJsonValue::Undefined);
        QVERIFY(!older.contains("frameworks"));
        auto imported = AuditPackage::importToFile(newPath(), older, false);
        QVERIFY2(imported.ok(), qPrintable(imported.error()));
        QCOMPARE(imported.value()->audit().value().text("frameworks"), QStringLiteral("iso27001-2022"));
        // Exported again, the package now says so.
        QCOMPARE(parse(AuditPackage::serialize(*imported.value()).value())
                     .value("audit")
                     .toObject()
                     .value("frameworks")
                     .toString(),
                 QStringLiteral("iso27001-2022"));
    }

    void packageWithAnUnknownFrameworkIsRefused()
    {
        auto store = createAudit();
        QVERIFY(store);
        const QJsonObject root = parse(AuditPackage::serialize(*store).value());
        const QList<QJsonValue> bad{QJsonValue("soc2-2099"), QJsonValue(""), QJsonValue(3),
                                    QJsonValue(QJsonValue::Null)};
        for (const QJsonValue& value : bad) {
            const QString path = newPath();
            auto refused = AuditPackage::importToFile(path, withAudit(root, "frameworks", value), false);
            QVERIFY(!refused.ok());
            QVERIFY2(refused.error().contains("audit.frameworks"), qPrintable(refused.error()));
            QVERIFY(!QFile::exists(path));
        }
    }
};

QTEST_GUILESS_MAIN(TestPackageFrameworks)
#include "tst_packageframeworks.moc"
