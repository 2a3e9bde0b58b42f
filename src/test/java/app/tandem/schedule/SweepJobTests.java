package app.tandem.schedule;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

/**
 * The hourly sweep runs the expired delivery keys' sweep and every module's {@link Sweeper}, each on its own: one
 * failing does not keep the others from running.
 */
class SweepJobTests {

	@Test
	void shouldRunEverySweeperEvenWhenOneFails() throws Exception {
		DueSchedules dueSchedules = mock(DueSchedules.class);
		AtomicInteger swept = new AtomicInteger();
		Sweeper failing = () -> {
			throw new IllegalStateException("store hiccup");
		};
		Sweeper counting = () -> swept.incrementAndGet();
		var job = new ScheduleConfiguration.DueSchedulesJob(dueSchedules, List.of(failing, counting));
		JobExecutionContext context = mock(JobExecutionContext.class);
		JobDataMap data = new JobDataMap();
		data.put(ScheduleConfiguration.Work.KEY, ScheduleConfiguration.Work.SWEEP.name());
		given(context.getMergedJobDataMap()).willReturn(data);

		job.executeInternal(context);

		verify(dueSchedules).sweep();
		assertThat(swept).hasValue(1);
	}

}
