//! 标准类别 (categories) and their six-step plan templates from the source document's
//! 标准实施计划表 (附件1). The manifest may replace a category's steps or add categories.

use serde::Serialize;

use super::manifest::Manifest;
use crate::lang::Lang;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Category {
    pub id: String,
    pub name: String,
    /// The English name of a built-in category; the id for a manifest one.
    pub name_en: String,
    /// 实施程序: the activities a plan for a standard of this category goes through.
    pub steps: Vec<String>,
}

impl Category {
    #[must_use]
    pub(crate) fn label(&self, lang: Lang) -> &str {
        lang.pick(&self.name, &self.name_en)
    }
}

const FIRST: &str = "标准文本发放到位。";
const EVALUATE: &str = "标准评价小组对标准实施组织评价，反馈评价结果。";
const IMPROVE: &str = "标准评价小组组织相关部门实施改进。";
const BRIEF_OTHERS: &str = "由所实施标准规定的主管部门向相关部门、相关人员组织宣贯标准。";
const PREPARE_OTHERS: &str = "为贯彻标准规定，按标准拟定的文件和记录格式准备好各式表格。";
const IMPLEMENT_OTHERS: &str = "各部门实施标准，形成文件和记录。";

/// The four categories of the source document, with its procedure tables word for word.
#[must_use]
pub(crate) fn builtin() -> Vec<Category> {
    let others = |id: &str, name: &str, en: &str| Category {
        id: id.into(),
        name: name.into(),
        name_en: en.into(),
        steps: [
            FIRST,
            BRIEF_OTHERS,
            PREPARE_OTHERS,
            IMPLEMENT_OTHERS,
            EVALUATE,
            IMPROVE,
        ]
        .map(String::from)
        .to_vec(),
    };
    vec![
        Category {
            id: "general".into(),
            name: "通用基础标准".into(),
            name_en: "general basic standards".into(),
            steps: [
                FIRST,
                "标准化科组织标准宣贯，对国标、行标、地标中不理解的问题，反映到标准实施工作小组，统一向发布或起草单位咨询。",
                "为贯彻标准做好技术、物资准备。",
                "各部门实施标准。",
                EVALUATE,
                IMPROVE,
            ]
            .map(String::from)
            .to_vec(),
        },
        others("management", "管理标准", "management standards"),
        others("service", "服务标准", "service standards"),
        others("support", "内部保障标准", "internal support standards"),
    ]
}

/// The built-in categories with the manifest's overrides and additions applied.
#[must_use]
pub(crate) fn resolve(manifest: &Manifest) -> Vec<Category> {
    let mut all = builtin();
    for setting in &manifest.categories {
        let id = setting.id.value.as_str();
        let steps: Vec<String> = setting.steps.iter().map(|s| s.value.clone()).collect();
        if let Some(c) = all.iter_mut().find(|c| c.id == id) {
            if let Some(name) = &setting.name {
                c.name.clone_from(&name.value);
            }
            if !steps.is_empty() {
                c.steps = steps;
            }
        } else {
            let name = setting
                .name
                .as_ref()
                .map_or_else(|| id.to_owned(), |n| n.value.clone());
            all.push(Category {
                id: id.to_owned(),
                name,
                name_en: id.to_owned(),
                steps,
            });
        }
    }
    all
}

/// The category a standard's `category` value names: by id or by Chinese name.
#[must_use]
pub fn find<'a>(categories: &'a [Category], value: &str) -> Option<&'a Category> {
    let value = value.trim();
    categories.iter().find(|c| c.id == value || c.name == value)
}
