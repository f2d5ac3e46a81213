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
    <name>EditorActions</name>
    <message>
        <source>Paragraph</source>
        <translation>فقرة</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>عنوان رئيسي</translation>
    </message>
    <message>
        <source>Subheading</source>
        <translation>عنوان فرعي</translation>
    </message>
    <message>
        <source>Minor heading</source>
        <translation>عنوان ثانوي</translation>
    </message>
    <message>
        <source>Quotation</source>
        <translation>اقتباس</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>غامق</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>مائل</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>قائمة نقطية</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>قائمة مرقّمة</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>رابط…</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>إزالة الرابط</translation>
    </message>
    <message>
        <source>Right to left</source>
        <translation>من اليمين إلى اليسار</translation>
    </message>
    <message>
        <source>Left to right</source>
        <translation>من اليسار إلى اليمين</translation>
    </message>
    <message>
        <source>Direction from text</source>
        <translation>الاتجاه حسب النص</translation>
    </message>
</context>
<context>
    <name>EditorPane</name>
    <message>
        <source>Article text</source>
        <translation>نص المقال</translation>
    </message>
    <message>
        <source>Formatting</source>
        <translation>التنسيق</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>كتابة</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>محفوظ</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>تعديلات غير محفوظة</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>Saved at {time}</source>
        <translation>حُفظ الساعة {time}</translation>
    </message>
    <message>
        <source>Not saved: the store refused the write ({code}). Your text is kept.</source>
        <translation>لم يُحفظ: رفضت قاعدة البيانات الكتابة ({code}). نصّك باقٍ في المحرر.</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>رابط</translation>
    </message>
    <message>
        <source>Link target (empty removes the link):</source>
        <translation>عنوان الرابط (اتركه فارغاً لإزالة الرابط):</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>القسم</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Separate tags with commas</source>
        <translation>افصل بين الوسوم بفواصل</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>التوقيع</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>المقتطف</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>الرابط المختصر</translation>
    </message>
    <message>
        <source>Make the slug from the title</source>
        <translation>اشتقّ الرابط المختصر من العنوان</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) of about {target}</source>
        <translation>
            <numerusform>لا أحرف من نحو {target}</numerusform>
            <numerusform>حرف واحد من نحو {target}</numerusform>
            <numerusform>حرفان من نحو {target}</numerusform>
            <numerusform>%n أحرف من نحو {target}</numerusform>
            <numerusform>%n حرفاً من نحو {target}</numerusform>
            <numerusform>%n حرف من نحو {target}</numerusform>
        </translation>
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
        <source>Article</source>
        <translation>المقال</translation>
    </message>
    <message>
        <source>Store: {store}</source>
        <translation>قاعدة البيانات: {store}</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>الأدوات الرئيسية</translation>
    </message>
    <message>
        <source>New article</source>
        <translation>مقال جديد</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>newsdesk did not close properly last time. The article you were writing is open again with everything up to its last autosave.</source>
        <translation>لم يُغلق newsdesk بشكل سليم في المرة السابقة. أُعيد فتح المقال الذي كنت تكتبه بكل ما حُفظ تلقائياً حتى آخر مرة.</translation>
    </message>
    <message>
        <source>Unsaved article</source>
        <translation>مقال غير محفوظ</translation>
    </message>
    <message>
        <source>The article could not be saved. Close anyway and lose the latest changes?</source>
        <translation>تعذّر حفظ المقال. هل تريد الإغلاق رغم ذلك وفقدان آخر التعديلات؟</translation>
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
