/** Chinese labels of the index's parameters and groups (the English names come from _parameters.yml). */
export const OSAI_PARAMETER_ZH: Record<string, string> = {
  datasources_basemodel: '基座模型数据',
  datasources_endmodel: '终端模型数据',
  weights_basemodel: '基座模型权重',
  weights_endmodel: '终端模型权重',
  trainingcode: '训练代码',
  code: '代码文档',
  hardware_architecture: '硬件架构',
  preprint: '预印本',
  paper: '同行评审论文',
  modelcard: '模型卡',
  datasheet: '数据表',
  licenses: '许可证',
}

export const OSAI_GROUP_ZH: Record<string, string> = {
  availability: '可获得性',
  documentation: '文档',
  access: '访问',
}

