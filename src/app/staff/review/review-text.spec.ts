import { workingDaysLabel } from './review-text';

describe('workingDaysLabel', () => {
  it('counts the working days left in words', () => {
    expect(workingDaysLabel({ workingDaysLeft: 3, overdue: false })).toBe('还剩 3 个工作日');
    expect(workingDaysLabel({ workingDaysLeft: 1, overdue: false })).toBe('还剩 1 个工作日');
    expect(workingDaysLabel({ workingDaysLeft: 0, overdue: false })).toBe('今天到期');
  });

  it('says by how much an item is overdue', () => {
    expect(workingDaysLabel({ workingDaysLeft: -1, overdue: true })).toBe('已超期 1 个工作日');
    expect(workingDaysLabel({ workingDaysLeft: -4, overdue: true })).toBe('已超期 4 个工作日');
  });

  it('says nothing once the item is answered or closed', () => {
    expect(workingDaysLabel({ workingDaysLeft: null, overdue: false })).toBeNull();
  });
});
