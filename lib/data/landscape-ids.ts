/** Model ids of data/models.json (kebab-case; used in the DOM as data-node). Adding a model means adding its id here. */
export const LANDSCAPE_MODEL_IDS = [
  'gpt-1', 'gpt-2', 't5', 'gpt-3', 'mt5', 'lamda', 'jurassic-1',
  'flan', 'mt-nlg', 't0', 'ernie-3-titan', 'gopher', 'chinchilla',
  'gpt-3-5', 'palm', 'gpt-neox-20b', 'opt', 'bloom', 'glm-130b',
  'flan-palm', 'u-palm', 'flan-t5', 'flan-u-palm', 'bloomz', 'mt0', 'chatgpt', 'chatyuan', 'llama',
  'alpaca', 'vicuna', 'chatglm', 'chatglm-6b', 'chatglm2-6b', 'gpt-4', 'bloomberggpt', 'ernie-bot', 'bard',
  'openchatkit', 'openflamingo', 'belle', 'chatdoctor', 'colossalchat', 'luotuo',
  'chinese-llama-alpaca', 'guanaco', 'pythia', 'llava', 'minigpt-4', 'mplug-owl', 'dolly-2',
  'moss', 'stackllama', 'koala', 'baize', 'open-assistant', 'bianque', 'huatuo', 'falcon', 'llama-2', 'qwen',
  'xverse', 'baichuan-2', 'mistral', 'phi-2', 'chatglm3', 'llava-1-5',
  'deepseek-llm', 'deepseek-coder', 'yi', 'yuan-2', 'deepseek-moe', 'internlm-2',
  'llava-next', 'yi-vl', 'gemma', 'gemma-2', 'minicpm', 'olmo', 'qwen-1-5',
  'starcoder-2', 'command-r', 'llama-3', 'llava-next-video', 'phi-3', 'deepseek-v2',
  'paligemma', 'phi-3-small', 'glm-4', 'index', 'qwen-2', 'llama-3-1',
  'mistral-nemo', 'minicpm-v', 'qwen-2-audio', 'qwen-2-vl', 'deepseek-v2-5', 'llama-3-2',
  'llama-3-2-vision', 'pixtral', 'qwen-2-5', 'telechat-2', 'granite-3', 'qwq',
  'skywork-o1', 'deepseek-v3', 'llama-3-3', 'phi-4', 'qvq', 'deepseek-r1',
  'deepseek-r1-distill', 'mistral-small', 'qwen-2-5-vl', 'qwen-3',
] as const

/** A model's architecture, as the timeline's mark shapes show it. */
export const ARCHITECTURES = ['decoder-only', 'encoder-decoder', 'GLM-style', 'multi-task', 'undisclosed'] as const
export type Architecture = typeof ARCHITECTURES[number]
