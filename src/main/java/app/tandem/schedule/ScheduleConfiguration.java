package app.tandem.schedule;

import java.util.List;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * Quartz jobs on every instance, each looking for due schedules every {@code tandem.schedule.tick}: one for the
 * quick kinds (dose reminders, check-ins), one for the slow kinds (weekly summaries), so a Sunday evening of
 * summaries never delays a dose reminder due in the same minute. Instances coordinate through claims in the store,
 * not through Quartz. A third job sweeps hourly: expired delivery keys and every module's {@link Sweeper}.
 */
@Configuration(proxyBeanMethods = false)
class ScheduleConfiguration {

	@Bean
	JobDetail dueSchedulesJob() {
		return job("due-schedules", Work.QUICK);
	}

	@Bean
	Trigger dueSchedulesTrigger(JobDetail dueSchedulesJob, ScheduleProperties properties) {
		return every(dueSchedulesJob, properties.tick().toMillis());
	}

	@Bean
	JobDetail slowSchedulesJob() {
		return job("slow-schedules", Work.SLOW);
	}

	@Bean
	Trigger slowSchedulesTrigger(JobDetail slowSchedulesJob, ScheduleProperties properties) {
		return every(slowSchedulesJob, properties.tick().toMillis());
	}

	@Bean
	JobDetail deliverySweepJob() {
		return job("delivery-sweep", Work.SWEEP);
	}

	@Bean
	Trigger deliverySweepTrigger(JobDetail deliverySweepJob) {
		return every(deliverySweepJob, 3_600_000L);
	}

	private static JobDetail job(String name, Work work) {
		return JobBuilder.newJob(DueSchedulesJob.class)
			.withIdentity(name)
			.usingJobData(Work.KEY, work.name())
			.storeDurably()
			.build();
	}

	private static Trigger every(JobDetail job, long millis) {
		return TriggerBuilder.newTrigger()
			.forJob(job)
			.withIdentity(job.getKey().getName())
			.withSchedule(SimpleScheduleBuilder.simpleSchedule()
				.withIntervalInMilliseconds(millis)
				.repeatForever()
				.withMisfireHandlingInstructionNextWithRemainingCount())
			.build();
	}

	/** What a job does on each tick. */
	enum Work {

		QUICK, SLOW, SWEEP;

		static final String KEY = "work";

	}

	/**
	 * One job class for the three jobs; each runs on its own (Quartz does not run the same job twice at once), and a
	 * failure is logged and tried again at the next tick.
	 */
	@DisallowConcurrentExecution
	static class DueSchedulesJob extends QuartzJobBean {

		private static final Logger log = LoggerFactory.getLogger(DueSchedulesJob.class);

		private final DueSchedules dueSchedules;

		private final List<Sweeper> sweepers;

		DueSchedulesJob(DueSchedules dueSchedules, List<Sweeper> sweepers) {
			this.dueSchedules = dueSchedules;
			this.sweepers = sweepers;
		}

		@Override
		protected void executeInternal(JobExecutionContext context) {
			Work work = Work.valueOf(context.getMergedJobDataMap().getString(Work.KEY));
			try {
				switch (work) {
					case QUICK -> dueSchedules.run();
					case SLOW -> dueSchedules.runSlow();
					case SWEEP -> sweep();
				}
			}
			catch (RuntimeException ex) {
				log.error("Schedule work {} failed; trying again at the next tick", work, ex);
			}
		}

		/** Each sweeper on its own, so one failing does not stop the others. */
		private void sweep() {
			dueSchedules.sweep();
			for (Sweeper sweeper : sweepers) {
				try {
					sweeper.sweep();
				}
				catch (RuntimeException ex) {
					log.error("{} failed; trying again in an hour", sweeper.getClass().getSimpleName(), ex);
				}
			}
		}

	}

}
