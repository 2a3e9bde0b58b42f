package app.tandem.schedule;

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
 * not through Quartz. A third job sweeps expired delivery keys hourly.
 */
@Configuration(proxyBeanMethods = false)
class ScheduleConfiguration {

	@Bean
	JobDetail dueSchedulesJob() {
		return JobBuilder.newJob(DueSchedulesJob.class).withIdentity("due-schedules").storeDurably().build();
	}

	@Bean
	Trigger dueSchedulesTrigger(JobDetail dueSchedulesJob, ScheduleProperties properties) {
		return every(dueSchedulesJob, "due-schedules", properties.tick().toMillis());
	}

	@Bean
	JobDetail slowSchedulesJob() {
		return JobBuilder.newJob(SlowSchedulesJob.class).withIdentity("slow-schedules").storeDurably().build();
	}

	@Bean
	Trigger slowSchedulesTrigger(JobDetail slowSchedulesJob, ScheduleProperties properties) {
		return every(slowSchedulesJob, "slow-schedules", properties.tick().toMillis());
	}

	@Bean
	JobDetail deliverySweepJob() {
		return JobBuilder.newJob(DeliverySweepJob.class).withIdentity("delivery-sweep").storeDurably().build();
	}

	@Bean
	Trigger deliverySweepTrigger(JobDetail deliverySweepJob) {
		return every(deliverySweepJob, "delivery-sweep", 3_600_000L);
	}

	private static Trigger every(JobDetail job, String name, long millis) {
		return TriggerBuilder.newTrigger()
			.forJob(job)
			.withIdentity(name)
			.withSchedule(SimpleScheduleBuilder.simpleSchedule()
				.withIntervalInMilliseconds(millis)
				.repeatForever()
				.withMisfireHandlingInstructionNextWithRemainingCount())
			.build();
	}

	@DisallowConcurrentExecution
	static class DueSchedulesJob extends QuartzJobBean {

		private static final Logger log = LoggerFactory.getLogger(DueSchedulesJob.class);

		private final DueSchedules dueSchedules;

		DueSchedulesJob(DueSchedules dueSchedules) {
			this.dueSchedules = dueSchedules;
		}

		@Override
		protected void executeInternal(JobExecutionContext context) {
			try {
				dueSchedules.run();
			}
			catch (RuntimeException ex) {
				log.error("Looking for due schedules failed; trying again at the next tick", ex);
			}
		}

	}

	@DisallowConcurrentExecution
	static class SlowSchedulesJob extends QuartzJobBean {

		private static final Logger log = LoggerFactory.getLogger(SlowSchedulesJob.class);

		private final DueSchedules dueSchedules;

		SlowSchedulesJob(DueSchedules dueSchedules) {
			this.dueSchedules = dueSchedules;
		}

		@Override
		protected void executeInternal(JobExecutionContext context) {
			try {
				dueSchedules.runSlow();
			}
			catch (RuntimeException ex) {
				log.error("Looking for due summaries failed; trying again at the next tick", ex);
			}
		}

	}

	@DisallowConcurrentExecution
	static class DeliverySweepJob extends QuartzJobBean {

		private static final Logger log = LoggerFactory.getLogger(DeliverySweepJob.class);

		private final DueSchedules dueSchedules;

		DeliverySweepJob(DueSchedules dueSchedules) {
			this.dueSchedules = dueSchedules;
		}

		@Override
		protected void executeInternal(JobExecutionContext context) {
			try {
				dueSchedules.sweep();
			}
			catch (RuntimeException ex) {
				log.warn("Sweeping expired delivery keys failed; trying again in an hour");
			}
		}

	}

}
