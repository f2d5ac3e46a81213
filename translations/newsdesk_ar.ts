<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>newsdesk</source>
        <translation>newsdesk</translation>
    </message>
    <message>
        <source>The store could not be opened ({code}).</source>
        <translation>تعذّر فتح قاعدة البيانات ({code}).</translation>
    </message>
</context>
<context>
    <name>ArticleTableModel</name>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>القسم</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>الكلمات</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>آخر تعديل</translation>
    </message>
</context>
<context>
    <name>ArticlesPane</name>
    <message>
        <source>Search articles (Arabic spelling variants match)</source>
        <translation>ابحث في المقالات (تُطابَق أشكال الهمزة والتشكيل تلقائياً)</translation>
    </message>
    <message>
        <source>Search articles</source>
        <translation>البحث في المقالات</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>المقالات</translation>
    </message>
    <message>
        <source>Article preview</source>
        <translation>معاينة المقال</translation>
    </message>
    <message>
        <source>No articles here.</source>
        <translation>لا توجد مقالات هنا.</translation>
    </message>
    <message>
        <source>That article is not in this store.</source>
        <translation>هذا المقال غير موجود في قاعدة البيانات الحالية.</translation>
    </message>
</context>
<context>
    <name>AuthorTableModel</name>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Name in Latin script</source>
        <translation>الاسم بالحروف اللاتينية</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>المسمّى الوظيفي</translation>
    </message>
</context>
<context>
    <name>CommentTableModel</name>
    <message>
        <source>Author</source>
        <translation>الكاتب</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>التعليق</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>المقال</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>قيد المراجعة</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>مطلوب تعديلها</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>مجدول</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>منشور</translation>
    </message>
    <message>
        <source>Trashed</source>
        <translation>في سلة المهملات</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>بانتظار المراجعة</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>مقبول</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>مزعج</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>محذوف</translation>
    </message>
    <message>
        <source>Editorial team</source>
        <translation>فريق التحرير</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>newsdesk</source>
        <translation>newsdesk</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>الأقسام</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>التعليقات</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>الكتّاب</translation>
    </message>
    <message>
        <source>Store: {store}</source>
        <translation>قاعدة البيانات: {store}</translation>
    </message>
    <message>
        <source>Could not read the store ({code}).</source>
        <translation>تعذّرت القراءة من قاعدة البيانات ({code}).</translation>
    </message>
    <message>
        <source>Could not read the store.</source>
        <translation>تعذّرت القراءة من قاعدة البيانات.</translation>
    </message>
</context>
<context>
    <name>Renderers</name>
    <message>
        <source>On: {title}</source>
        <translation>على مقال: {title}</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Drafts</source>
        <translation>المسودات</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>قيد المراجعة</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>المجدولة</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>المنشورة</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>التعليقات</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>الكتّاب</translation>
    </message>
</context>
</TS>
