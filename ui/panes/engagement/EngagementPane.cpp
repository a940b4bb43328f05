// SPDX-License-Identifier: GPL-3.0-or-later
#include "panes/engagement/EngagementPane.h"

#include "delegates/EnumComboDelegate.h"
#include "delegates/MultiLineTextDelegate.h"
#include "document/AuditDocument.h"
#include "models/SubserviceTableModel.h"
#include "models/UserEntityControlTableModel.h"
#include "panes/engagement/CriteriaTableBox.h"
#include "panes/engagement/EngagementFactsForm.h"
#include "panes/engagement/SystemDescriptionForm.h"
#include "widgets/FieldTextEdit.h"

#include <QApplication>
#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace isoaudit {

EngagementPane::EngagementPane(QWidget* parent)
    : Pane(parent)
    , m_subservices(new SubserviceTableModel(this))
    , m_userControls(new UserEntityControlTableModel(this))
{
    setObjectName(QStringLiteral("engagementPane"));
    m_scroll = new QScrollArea(this);
    // A frame for the page, not a stop of its own: Tab goes to the fields, which it scrolls into view.
    m_scroll->setFocusPolicy(Qt::NoFocus);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_content = new QWidget(m_scroll);
    auto* layout = new QVBoxLayout(m_content);
    auto* notEngagement
        = new QLabel(tr("This audit is not a SOC 2 engagement: it has no engagement to show."), m_content);
    notEngagement->setObjectName(QStringLiteral("notEngagementLabel"));
    notEngagement->setWordWrap(true);
    notEngagement->hide();
    m_notEngagement = notEngagement;
    layout->addWidget(m_notEngagement);

    auto* top = new QHBoxLayout;
    m_facts = new EngagementFactsForm(m_content);
    m_description = new SystemDescriptionForm(m_content);
    // Left: the facts, the categories and the report's date and users; right: the description and the assertion.
    auto* left = new QWidget(m_content);
    left->setMinimumWidth(330);
    left->setMaximumWidth(440);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_facts);
    leftLayout->addWidget(m_description->reportBox());
    leftLayout->addStretch(1);
    // Neither column is squeezed below what it needs: the page scrolls instead.
    left->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    m_description->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    top->addWidget(left, 2);
    top->addWidget(m_description, 5);
    layout->addLayout(top);
    layout->addWidget(createTables(), 1);
    m_scroll->setWidget(m_content);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_scroll);

    connect(m_facts, &EngagementFactsForm::statusMessage, this, &Pane::statusMessage);
    connect(m_description, &SystemDescriptionForm::statusMessage, this, &Pane::statusMessage);
    // Tab follows the columns as they are seen: the facts, the categories and the report's date and users on the
    // left, then the description and the assertion on the right, then the tables.
    QWidget::setTabOrder(m_facts->categoryCheckBox(Enums::trustCategories.last()), m_description->reportDateEdit());
    QWidget::setTabOrder(m_description->reportDateEdit(), m_description->field(QStringLiteral("intended_users")));
    QWidget::setTabOrder(m_description->field(QStringLiteral("intended_users")),
                         m_description->field(QStringLiteral("services")));
    QWidget::setTabOrder(m_description->field(QStringLiteral("management_assertion")), m_filter);
    setFindField(m_filter);
    rememberSplitter(QStringLiteral("tables"), m_tablesSplitter);
    rememberHeader(QStringLiteral("subservices"), m_subserviceBox->tableView()->horizontalHeader());
    rememberHeader(QStringLiteral("userEntityControls"), m_userControlBox->tableView()->horizontalHeader());
    setDocument(nullptr);
}

EngagementPane::~EngagementPane()
{
    // A field that still has the focus commits its text now, while the page is whole; after that no child's signal
    // may reach it (QWidget's destructor moves the focus once this part of the object is gone).
    if (QWidget* focused = QApplication::focusWidget(); focused && isAncestorOf(focused))
        focused->clearFocus();
    m_subscription.stop();
    const auto children = findChildren<QObject*>();
    for (QObject* child : children)
        QObject::disconnect(child, nullptr, this, nullptr);
}

QWidget* EngagementPane::createTables()
{
    auto* container = new QWidget(m_content);
    auto* layout = new QVBoxLayout(container);
    layout->setContentsMargins(0, 6, 0, 0);
    auto* filterRow = new QHBoxLayout;
    m_filter = new QLineEdit(container);
    m_filter->setObjectName(QStringLiteral("engagementFilterLineEdit"));
    m_filter->setPlaceholderText(tr("Filter subservice organizations and user-entity controls…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter subservice organizations and user-entity controls"));
    m_filter->setToolTip(tr("Shows the rows of both tables that contain these words (Ctrl+F)"));
    auto* filterLabel = new QLabel(tr("&Filter:"), container);
    filterLabel->setBuddy(m_filter);
    filterRow->addStretch(1);
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filter, 1);
    layout->addLayout(filterRow);

    CriteriaTableBox::Texts subservice;
    subservice.objectPrefix = QStringLiteral("subservice");
    subservice.title = tr("Subservice organizations");
    subservice.tableName = tr("Subservice organizations");
    subservice.emptyHint = tr("No subservice organization. Add one when another organization operates part of "
                              "the system (hosting, payments).");
    subservice.add = tr("&Add organization");
    subservice.addToolTip = tr("Add a subservice organization");
    subservice.remove = tr("&Delete");
    subservice.removeToolTip = tr("Delete the selected subservice organizations (undoable)");
    subservice.criteriaToolTip = tr("Choose the criteria the selected organization's CSOCs relate to");
    subservice.removeUndoText = [](const QStringList& names) {
        return names.size() == 1 ? tr("Delete subservice organization %1").arg(names.first())
                                 : tr("Delete %1 subservice organizations").arg(names.size());
    };
    subservice.removedMessage = [](const QStringList& names) {
        return names.size() == 1 ? tr("Deleted subservice organization %1.").arg(names.first())
                                 : tr("Deleted %1 subservice organizations.").arg(names.size());
    };
    m_subserviceBox = new CriteriaTableBox(
        subservice, m_subservices, [this] { return m_subservices->addSubservice(); }, SubserviceTableModel::NameColumn,
        container);

    CriteriaTableBox::Texts cuec;
    cuec.objectPrefix = QStringLiteral("userEntityControl");
    cuec.title = tr("Complementary user-entity controls (CUECs)");
    cuec.tableName = tr("Complementary user-entity controls");
    cuec.emptyHint = tr("No complementary user-entity control. Add the controls the user entities are expected to "
                        "operate for the criteria to be met.");
    cuec.add = tr("Add &CUEC");
    cuec.addToolTip = tr("Add a complementary user-entity control");
    cuec.remove = tr("D&elete");
    cuec.removeToolTip = tr("Delete the selected user-entity controls (undoable)");
    cuec.criteriaToolTip = tr("Choose the criteria the selected user-entity control relates to");
    cuec.removeUndoText = [](const QStringList& names) {
        return names.size() == 1 ? tr("Delete user-entity control %1").arg(names.first())
                                 : tr("Delete %1 user-entity controls").arg(names.size());
    };
    cuec.removedMessage = [](const QStringList& names) {
        return names.size() == 1 ? tr("Deleted user-entity control %1.").arg(names.first())
                                 : tr("Deleted %1 user-entity controls.").arg(names.size());
    };
    m_userControlBox = new CriteriaTableBox(
        cuec, m_userControls, [this] { return m_userControls->addControl(); },
        UserEntityControlTableModel::DescriptionColumn, container);

    QTableView* subservices = m_subserviceBox->tableView();
    subservices->setItemDelegateForColumn(SubserviceTableModel::MethodColumn, new EnumComboDelegate(subservices));
    auto* multiLine = new MultiLineTextDelegate(subservices);
    subservices->setItemDelegateForColumn(SubserviceTableModel::ServicesColumn, multiLine);
    subservices->setItemDelegateForColumn(SubserviceTableModel::CsocsColumn, multiLine);
    const QList<std::pair<int, int>> subserviceWidths = {{SubserviceTableModel::NameColumn, 140},
                                                         {SubserviceTableModel::ServicesColumn, 130},
                                                         {SubserviceTableModel::MethodColumn, 80},
                                                         {SubserviceTableModel::CsocsColumn, 150}};
    for (const auto& [column, width] : subserviceWidths)
        subservices->horizontalHeader()->resizeSection(column, width);
    // The widest text takes the room a wide window gives; the criteria keep their width.
    subservices->horizontalHeader()->setStretchLastSection(false);
    subservices->horizontalHeader()->setSectionResizeMode(SubserviceTableModel::CsocsColumn, QHeaderView::Stretch);
    subservices->horizontalHeader()->resizeSection(SubserviceTableModel::CriteriaColumn, 130);
    QTableView* userControls = m_userControlBox->tableView();
    userControls->setItemDelegateForColumn(UserEntityControlTableModel::DescriptionColumn,
                                           new MultiLineTextDelegate(userControls));
    userControls->horizontalHeader()->resizeSection(UserEntityControlTableModel::RefColumn, 76);
    userControls->horizontalHeader()->setStretchLastSection(false);
    userControls->horizontalHeader()->setSectionResizeMode(UserEntityControlTableModel::DescriptionColumn,
                                                           QHeaderView::Stretch);
    userControls->horizontalHeader()->resizeSection(UserEntityControlTableModel::CriteriaColumn, 110);

    m_tablesSplitter = new QSplitter(Qt::Horizontal, container);
    m_tablesSplitter->setObjectName(QStringLiteral("engagementTablesSplitter"));
    m_tablesSplitter->setChildrenCollapsible(false);
    m_tablesSplitter->addWidget(m_subserviceBox);
    m_tablesSplitter->addWidget(m_userControlBox);
    m_tablesSplitter->setStretchFactor(0, 3);
    m_tablesSplitter->setStretchFactor(1, 2);
    m_tablesSplitter->setSizes({660, 440});
    layout->addWidget(m_tablesSplitter, 1);

    for (CriteriaTableBox* box : {m_subserviceBox, m_userControlBox}) {
        connect(box, &CriteriaTableBox::statusMessage, this, &Pane::statusMessage);
        connect(box, &CriteriaTableBox::filterCleared, this, [this] {
            const QSignalBlocker blocker(m_filter);
            m_filter->clear();
            m_subserviceBox->setFilterText({});
            m_userControlBox->setFilterText({});
        });
    }
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_subserviceBox->setFilterText(text);
        m_userControlBox->setFilterText(text);
    });
    return container;
}

QString EngagementPane::title() const
{
    return tr("Engagement");
}

void EngagementPane::setDocument(AuditDocument* document)
{
    m_description->flush(); // typing not yet saved belongs to the audit it was typed in
    m_document = document;
    m_facts->setDocument(document);
    m_description->setDocument(document);
    m_subservices->setDocument(document);
    m_userControls->setDocument(document);
    m_subserviceBox->setDocument(document);
    m_userControlBox->setDocument(document);
    StoreSubscription::Handlers handlers;
    handlers.inserted = [this](RecordKind kind, const QString&) { onStoreChanged(kind); };
    handlers.removed = [this](RecordKind kind, const QString&) { onStoreChanged(kind); };
    handlers.changed = [this](RecordKind kind, const QString&, const QString&) { onStoreChanged(kind); };
    m_subscription.follow(document ? &document->store() : nullptr, this, handlers);
    refresh();
}

void EngagementPane::onStoreChanged(RecordKind kind)
{
    // The tables follow the store themselves (RecordTableModel); the forms show the engagement, the audit's client
    // and the team's lead.
    if (kind == RecordKind::Engagement || kind == RecordKind::Audit || kind == RecordKind::TeamMember)
        refresh();
}

void EngagementPane::refresh()
{
    const auto audit = m_document ? m_document->store().audit() : Result<Record>(Error{QString()});
    const bool engagementOpen = audit && m_document->isEngagement();
    const auto engagement
        = engagementOpen ? m_document->store().singleton(RecordKind::Engagement) : Result<Record>(Error{QString()});
    m_notEngagement->setVisible(m_document && !engagement);
    if (!engagement) {
        m_facts->clear();
        m_description->clear();
        m_subserviceBox->setEngagement({});
        m_userControlBox->setEngagement({});
        for (QWidget* widget : {static_cast<QWidget*>(m_subserviceBox), static_cast<QWidget*>(m_userControlBox),
                                static_cast<QWidget*>(m_filter)})
            widget->setEnabled(false);
        return;
    }
    QString lead;
    if (auto team = m_document->store().records(RecordKind::TeamMember)) {
        for (const Record& member : team.value()) {
            if (member.text(QStringLiteral("role")) == QLatin1String("lead")) {
                lead = member.text(QStringLiteral("name"));
                break;
            }
        }
    }
    // A signed engagement is the record of its report: shown, never edited (the store would refuse anyway).
    const bool writable
        = !m_document->isReadOnly() && audit->text(QStringLiteral("lifecycle")) != QLatin1String("signed");
    m_facts->showValues(*audit, *engagement, lead, writable);
    m_description->showValues(*engagement, writable);
    m_subserviceBox->setEngagement(*engagement);
    m_userControlBox->setEngagement(*engagement);
    for (QWidget* widget : {static_cast<QWidget*>(m_subserviceBox), static_cast<QWidget*>(m_userControlBox),
                            static_cast<QWidget*>(m_filter)})
        widget->setEnabled(true);
}

void EngagementPane::showRecord(RecordKind kind, const QString& uuidOrId)
{
    QWidget* target = nullptr;
    if (kind == RecordKind::Subservice && m_subserviceBox->selectRecord(uuidOrId)) {
        target = m_subserviceBox->tableView();
    } else if (kind == RecordKind::UserEntityControl && m_userControlBox->selectRecord(uuidOrId)) {
        target = m_userControlBox->tableView();
    } else if (kind == RecordKind::Engagement) {
        // A field of the engagement by its column ("services"), or its first field.
        target = m_description->field(uuidOrId);
        if (!target)
            target = m_facts->systemEdit();
    } else if (kind == RecordKind::Audit) {
        target = m_facts->organizationEdit();
    }
    if (!target)
        return;
    target->setFocus(Qt::OtherFocusReason);
    m_scroll->ensureWidgetVisible(target, 20, 60);
    // Again once a page that was just shown has laid itself out.
    QTimer::singleShot(0, target, [this, target] { m_scroll->ensureWidgetVisible(target, 20, 60); });
}

} // namespace isoaudit
