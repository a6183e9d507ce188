// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { mountChart } from '../helpers/mount'
import TrainingPipeline from '../../components/figures/TrainingPipeline.vue'
import { chatgptPipeline } from '../../data'

const mountAt = (step?: number) => mountChart(TrainingPipeline, step, {}, { animateProp: false })
const shown = (w: ReturnType<typeof mountAt>) => w.findAll('[data-node]').filter(n => !n.classes().includes('step-hidden')).map(n => n.attributes('data-node'))

describe('TrainingPipeline', () => {
  it('reveals pretraining, SFT, reward model and PPO one click at a time', () => {
    expect(shown(mountAt(0))).toEqual(['pretraining'])
    expect(shown(mountAt(1))).toEqual(['pretraining', 'sft'])
    expect(shown(mountAt(2))).toEqual(['pretraining', 'sft', 'reward-model'])
    expect(shown(mountAt(3))).toEqual(['pretraining', 'sft', 'reward-model', 'ppo'])
    expect(shown(mountAt())).toHaveLength(4)
  })

  it('explains the current stage', () => {
    expect(mountAt(1).find('[data-detail]').attributes('data-detail')).toBe('sft')
    expect(mountAt(3).find('[data-detail]').text()).toContain('PPO')
  })

  it('shows the reward stage\'s ranking D > C > A = B and its 5 pairs (a tie is no pair)', () => {
    const w = mountAt(2)
    expect(w.findAll('[data-answer]').map(a => a.attributes('data-answer'))).toEqual(['D', 'C', 'A', 'B'])
    expect(w.findAll('[data-pair]').map(p => p.text())).toEqual(['D > C', 'D > A', 'D > B', 'C > A', 'C > B'])
    expect(w.findAll('.gt').map(g => g.text())).toEqual(['>', '>', '='])
    expect(w.text()).toContain('4 个回答 → 5 个比较对')
    expect(mountAt(1).find('[data-ranking]').exists()).toBe(false)
  })

  it('shows the PPO stage\'s loop and how InstructGPT ran it, from the data, only at that stage', () => {
    const w = mountAt(3)
    expect(w.findAll('[data-loop]').map(l => l.attributes('data-loop'))).toEqual(chatgptPipeline.ppo.loop.map(l => l.id))
    expect(w.find('[data-loop="update"]').text()).toContain('PPO 更新策略')
    expect(w.findAll('[data-fact]').map(f => f.find('dt').text())).toEqual(chatgptPipeline.ppo.facts.map(f => f.title))
    expect(w.find('[data-fact="kl"]').text()).toContain('KL 散度')
    expect(w.find('[data-ppo]').text()).toContain('on-policy')
    expect(mountAt(2).find('[data-ppo]').exists()).toBe(false)
  })
})
