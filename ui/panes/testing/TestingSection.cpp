// SPDX-License-Identifier: GPL-3.0-or-later
#include "panes/testing/TestingSection.h"

#include <QLabel>

namespace isoaudit {

namespace {

QString engagementField(const AuditDocument* document, const QString& field)
{
    if (!document)
        return {};
    auto engagement = document->store().singleton(RecordKind::Engagement);
    return engagement ? engagement->text(field) : QString();
}

} // namespace

void TestingSection::setDocument(AuditDocument* document)
{
    m_document = document;
    m_control.clear();
}

QString TestingSection::controlRef() const
{
    if (!m_document || m_control.isEmpty())
        return {};
    auto control = m_document->store().record(RecordKind::ServiceControl, m_control);
    return control ? control->text(QStringLiteral("ref")) : QString();
}

QDate TestingSection::periodStart() const
{
    return QDate::fromString(engagementField(m_document, QStringLiteral("period_start")), Qt::ISODate);
}

QDate TestingSection::periodEnd() const
{
    return QDate::fromString(engagementField(m_document, QStringLiteral("period_end")), Qt::ISODate);
}

bool TestingSection::isType1() const
{
    return engagementField(m_document, QStringLiteral("report_type")) == QLatin1String("type1");
}

void TestingSection::report(const Status& status)
{
    if (!status)
        emit statusMessage(status.error());
}

QLabel* TestingSection::wrappedLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}

} // namespace isoaudit
